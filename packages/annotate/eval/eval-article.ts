import type { Article } from "@newsdoc/core/kit";

/** One article of the eval: the answer (a hand-annotated article) and where its text comes from. */
export interface EvalArticle {
  readonly name: string;
  /** The hand-made answer: every mention, every quoted passage with its speaker. */
  readonly answer: Article;
  /** Where the text is from, its date, author and licence. */
  readonly source: string;
}
