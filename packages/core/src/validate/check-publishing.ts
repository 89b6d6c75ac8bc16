import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/**
 * The publishing fields' meaning: `access.freeBlocks` only on paywalled
 * access (`invalid_value`) and within the body (`invalid_number`);
 * corrections not before `datePublished` (`date_order`); no two
 * translations in one language and none in the article's own
 * (`duplicate_language`).
 */
export function checkPublishing(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const access = article.access;
  if (access?.freeBlocks !== undefined) {
    if (access.kind === "free") {
      issues.push(
        issue(
          "invalid_value",
          ["access", "freeBlocks"],
          'freeBlocks is for paywalled articles, but access.kind is "free": set kind to "subscription" or "metered", or remove freeBlocks.',
          { value: access.kind, allowed: ["subscription", "metered"] },
        ),
      );
    } else if (access.freeBlocks > article.body.length) {
      issues.push(
        issue(
          "invalid_number",
          ["access", "freeBlocks"],
          `freeBlocks is ${access.freeBlocks}, but the body has ${article.body.length} block(s): at most ${article.body.length} can be free.`,
          {
            value: access.freeBlocks,
            integer: true,
            minimum: 0,
            maximum: article.body.length,
            inclusive: true,
          },
        ),
      );
    }
  }
  const published =
    article.datePublished === undefined ? Number.NaN : Date.parse(article.datePublished);
  article.corrections?.forEach((correction, i) => {
    const at = Date.parse(correction.date);
    if (!Number.isNaN(published) && !Number.isNaN(at) && at < published) {
      issues.push(
        issue(
          "date_order",
          ["corrections", i, "date"],
          `The correction's date ${quoteText(correction.date)} is before datePublished ${quoteText(article.datePublished!)}: an article is corrected after it is published. Correct one of the dates (mind the offsets).`,
          { datePublished: article.datePublished!, dateModified: correction.date },
        ),
      );
    }
  });
  const languages = new Map<string, number>();
  article.translations?.forEach((translation, i) => {
    const language = translation.language.toLowerCase();
    if (language === article.language.toLowerCase()) {
      issues.push(
        issue(
          "duplicate_language",
          ["translations", i, "language"],
          `This translation is in ${quoteText(translation.language)}, the article's own language: list only versions in other languages.`,
          { language: translation.language, firstPath: ["language"] },
        ),
      );
    }
    const first = languages.get(language);
    if (first !== undefined) {
      issues.push(
        issue(
          "duplicate_language",
          ["translations", i, "language"],
          `translations[${first}] is already in ${quoteText(translation.language)}: give one URL per language.`,
          { language: translation.language, firstPath: ["translations", first, "language"] },
        ),
      );
    } else languages.set(language, i);
  });
  return issues;
}
