import type { IdReference, NewsArticleLeaf } from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { put, texts } from "./put.js";

/** What the body walk found, for the article node. */
export interface ArticleBodyFacts {
  text: string;
  words: number;
  mentions: ReadonlySet<string>;
  figures: readonly IdReference[];
}

/**
 * The `NewsArticle` node. Links (`author`, `publisher`, `image`, `about`,
 * `mentions`, `associatedMedia`) are `@id` references to other nodes.
 */
export function newsArticleNode(body: ArticleBodyFacts, ctx: GraphContext): NewsArticleLeaf {
  const { article, ids } = ctx;
  const node: NewsArticleLeaf = { "@type": "NewsArticle", "@id": ids.article };
  put(node, "url", article.url);
  put(node, "mainEntityOfPage", article.url);
  put(node, "headline", article.headline);
  put(node, "alternativeHeadline", article.alternativeHeadline);
  put(node, "description", article.description);
  put(node, "inLanguage", article.language);
  put(node, "datePublished", article.datePublished);
  put(node, "dateModified", article.dateModified);
  put(node, "author", ctx.refs(article.authors));
  put(node, "creditText", article.byline);
  if (article.publisher) put(node, "publisher", ctx.ref(article.publisher));
  if (article.image) put(node, "image", { "@id": ids.image });
  put(node, "associatedMedia", body.figures as IdReference[]);
  put(node, "about", ctx.refs(article.about));
  if (body.mentions.size > 0) put(node, "mentions", ctx.refs([...body.mentions]));
  put(node, "articleSection", article.section);
  put(node, "keywords", texts(article.keywords));
  put(node, "wordCount", body.words);
  if (ctx.options.articleBody) put(node, "articleBody", body.text);
  return node;
}
