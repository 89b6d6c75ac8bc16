import type { Article } from "../model/article.js";
import { NEWSDOC_VERSION } from "../model/article.js";
import { body } from "./body.js";
import { claims } from "./claims.js";
import { entities } from "./entities.js";
import { leadImage } from "./image.js";
import { quotes } from "./quotes.js";

/**
 * The example article: a 2015 news report, "Russia Denies Sending Troops to
 * Syria, but Would Consider if Asked by Damascus", as a complete newsdoc
 * document that passes `parseArticle`. Its metadata holds only what the
 * source gives: there is no URL, publication date, byline or author, so
 * those stay empty and `lintArticle` reports them.
 *
 * Treat it as read-only; `structuredClone(article)` before changing it.
 *
 * @example
 * ```ts
 * import { parseArticle } from "@newsdoc/core";
 * import { article } from "@newsdoc/core/example";
 * parseArticle(article).headline;
 * // "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus"
 * ```
 */
export const article: Article = {
  newsdoc: NEWSDOC_VERSION,
  id: "russia-denies-sending-troops-to-syria",
  language: "en",
  headline: "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus",
  alternativeHeadline: "Russia will consider troops if Syria asks",
  authors: [],
  // The source names no publisher line, but its body speaks as Newsweek
  // ("Newsweek could not independently verify the veracity of the
  // interviews"): the publication reporting is Newsweek.
  publisher: "newsweek",
  image: leadImage,
  // The headline's two parties: "Russia Denies Sending Troops to Syria".
  about: ["russia", "syria"],
  body,
  entities,
  quotes,
  claims,
};
