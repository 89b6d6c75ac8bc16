import type { Article, Entity, Quote } from "@newsdoc/core/kit";
import type { EvalArticle } from "../eval-article.js";
import { parseMarkup } from "../markup.js";

/** Builds an eval article from paragraphs in the answer markup and a hand-made registry. */
export function wikinewsArticle(input: {
  name: string;
  id: string;
  headline: string;
  url: string;
  source: string;
  entities: Entity[];
  paragraphs: string[];
}): EvalArticle {
  const quotes: Quote[] = [];
  const answer: Article = {
    newsdoc: 1,
    id: input.id,
    url: input.url,
    language: "en",
    headline: input.headline,
    authors: [],
    body: input.paragraphs.map((text) => ({
      type: "paragraph",
      children: parseMarkup(text, quotes, input.id),
    })),
    entities: input.entities,
    quotes,
    claims: [],
  };
  return { name: input.name, answer, source: input.source };
}
