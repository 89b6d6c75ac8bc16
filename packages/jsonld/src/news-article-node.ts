import type { Correction } from "@newsdoc/core/kit";
import type { IdReference, NewsArticleLeaf } from "schema-dts";
import { articleCorrections } from "./corrections.js";
import type { GraphContext } from "./graph-context.js";
import { put, texts } from "./put.js";

/** What the body walk found, for the article node. */
export interface ArticleBodyFacts {
  /** The body's plain text, when `articleBody` asks for it. */
  text: string | undefined;
  words: number;
  /** Entity ids mentioned in the body, first mention first, each once. */
  mentions: readonly string[];
  figures: readonly IdReference[];
  /** The article's `image` list: the lead image and its renditions that have a file. */
  images: readonly IdReference[];
  /** The lead image's `@id` when it has no file: it stays linked as `associatedMedia`. */
  fileless: IdReference | undefined;
  /** The smallest image file, for `thumbnailUrl`. */
  thumbnailUrl: string | undefined;
  /** The `WebPage` node's `@id`, when the graph has one. */
  page: string | undefined;
  /** The site publisher's `@id`, when the article names no publisher but the site does. */
  sitePublisher: string | undefined;
  /** The body's videos (self-hosted, and video providers' embeds): `video`. */
  videos: readonly IdReference[];
  /** The body's audio clips: `audio`. */
  audios: readonly IdReference[];
  /** Social posts the body embeds: `citation`. */
  posts: readonly IdReference[];
  /** The body's correction notices, in document order. */
  notices: readonly Correction[];
}

/**
 * The `NewsArticle` node. Links (`author`, `publisher`, `image`, `about`,
 * `mentions`, `associatedMedia`) are `@id` references to other nodes.
 */
export function newsArticleNode(body: ArticleBodyFacts, ctx: GraphContext): NewsArticleLeaf {
  const { article, ids } = ctx;
  const node: NewsArticleLeaf = { "@type": "NewsArticle", "@id": ids.article };
  put(node, "url", article.url);
  if (body.page !== undefined) {
    node.mainEntityOfPage = { "@id": body.page };
    node.isPartOf = { "@id": body.page };
  } else put(node, "mainEntityOfPage", article.url);
  put(node, "headline", article.headline);
  put(node, "alternativeHeadline", article.alternativeHeadline);
  put(node, "description", article.description);
  put(node, "inLanguage", article.language);
  put(node, "datePublished", article.datePublished);
  put(node, "dateModified", article.dateModified);
  put(node, "author", ctx.refs(article.authors));
  put(node, "creditText", article.byline);
  if (article.publisher) put(node, "publisher", ctx.ref(article.publisher));
  else if (body.sitePublisher !== undefined) node.publisher = { "@id": body.sitePublisher };
  // One image is one reference; renditions make a list (Google's several aspect ratios).
  if (body.images.length === 1) node.image = body.images[0]!;
  else put(node, "image", body.images as IdReference[]);
  put(node, "thumbnailUrl", body.thumbnailUrl);
  put(
    node,
    "associatedMedia",
    (body.fileless ? [body.fileless, ...body.figures] : body.figures) as IdReference[],
  );
  put(node, "video", body.videos as IdReference[]);
  put(node, "audio", body.audios as IdReference[]);
  put(node, "citation", body.posts as IdReference[]);
  if (article.dateline !== undefined) put(node, "locationCreated", ctx.ref(article.dateline));
  put(node, "about", ctx.refs(article.about));
  put(node, "mentions", ctx.refs(body.mentions));
  put(node, "articleSection", article.section);
  put(node, "keywords", texts(article.keywords));
  put(node, "wordCount", body.words);
  if (ctx.options.articleBody) put(node, "articleBody", body.text);
  put(node, "backstory", article.backstory);
  const corrections = articleCorrections(article, body.notices);
  if (corrections.length > 0) {
    node.correction = corrections.map((c) => ({
      "@type": "CorrectionComment",
      text: c.text,
      datePublished: c.date,
    }));
  }
  if (article.translations && article.translations.length > 0) {
    node.workTranslation = article.translations.map((t) => ({
      "@type": "NewsArticle",
      url: t.url,
      inLanguage: t.language,
    }));
  }
  const access = article.access;
  if (access !== undefined) {
    node.isAccessibleForFree = access.kind === "free";
    if (access.kind !== "free") {
      node.hasPart = {
        "@type": "WebPageElement",
        isAccessibleForFree: false,
        cssSelector: ctx.options.paywallSelector,
      };
    }
  }
  return node;
}
