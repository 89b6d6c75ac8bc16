import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";

/**
 * The publishing fields' meaning: `access.freeBlocks` only on paywalled
 * access and within the body (`invalid_value`); corrections not before
 * `datePublished` (`date_order`); no two translations in one language and
 * none in the article's own (`invalid_value`).
 */
export function checkPublishing(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const access = article.access;
  if (access?.freeBlocks !== undefined) {
    if (access.kind === "free") {
      issues.push({
        path: ["access", "freeBlocks"],
        code: "invalid_value",
        message:
          'freeBlocks is for paywalled articles, but access.kind is "free": set kind to "subscription" or "metered", or remove freeBlocks.',
      });
    } else if (access.freeBlocks > article.body.length) {
      issues.push({
        path: ["access", "freeBlocks"],
        code: "invalid_value",
        message: `freeBlocks is ${access.freeBlocks}, but the body has ${article.body.length} block(s): at most ${article.body.length} can be free.`,
      });
    }
  }
  const published =
    article.datePublished === undefined ? Number.NaN : Date.parse(article.datePublished);
  article.corrections?.forEach((correction, i) => {
    const at = Date.parse(correction.date);
    if (!Number.isNaN(published) && !Number.isNaN(at) && at < published) {
      issues.push({
        path: ["corrections", i, "date"],
        code: "date_order",
        message: `The correction's date ${quoteText(correction.date)} is before datePublished ${quoteText(article.datePublished!)}: an article is corrected after it is published. Correct one of the dates (mind the offsets).`,
      });
    }
  });
  const languages = new Map<string, number>();
  article.translations?.forEach((translation, i) => {
    const language = translation.language.toLowerCase();
    if (language === article.language.toLowerCase()) {
      issues.push({
        path: ["translations", i, "language"],
        code: "invalid_value",
        message: `This translation is in ${quoteText(translation.language)}, the article's own language: list only versions in other languages.`,
      });
    }
    const first = languages.get(language);
    if (first !== undefined) {
      issues.push({
        path: ["translations", i, "language"],
        code: "invalid_value",
        message: `translations[${first}] is already in ${quoteText(translation.language)}: give one URL per language.`,
      });
    } else languages.set(language, i);
  });
  return issues;
}
