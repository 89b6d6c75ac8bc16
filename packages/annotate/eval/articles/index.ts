import type { EvalArticle } from "../eval-article.js";
import { seed } from "./seed.js";
import { wikinewsNhsScotland } from "./wikinews-nhs-scotland.js";
import { wikinewsYushu } from "./wikinews-yushu.js";
import { wikinewsZapatero } from "./wikinews-zapatero.js";

/** Every article of the eval, the seed first. */
export const EVAL_ARTICLES: readonly EvalArticle[] = [
  seed,
  wikinewsZapatero,
  wikinewsNhsScotland,
  wikinewsYushu,
];
