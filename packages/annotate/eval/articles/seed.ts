import { article } from "@newsdoc/core/example";
import type { EvalArticle } from "../eval-article.js";

/** The seed article: the answer is `@newsdoc/core/example`, made by hand for the whole project. */
export const seed: EvalArticle = {
  name: "seed (Newsweek, 2015)",
  answer: article,
  source:
    "The project's seed article (../shared/source/article.txt); the answer is the hand-made example of @newsdoc/core/example.",
};
