import type { Article } from "../model/article.js";
import type { Access, Correction, Translation } from "../model/publishing.js";
import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/**
 * The publishing fields' meaning: `access.freeBlocks` only on paywalled
 * access and within the body (`invalid_value`); corrections not before
 * `datePublished` (`date_order`); no two translations in one language and
 * none in the article's own (`invalid_value`).
 */
export function checkPublishing(input: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Parts of the wrong shape are the schema's to report; check what has the right one.
  const article = wellFormedPublishing(input);
  const access = article.access;
  if (access?.freeBlocks !== undefined) {
    if (access.kind === "free") {
      issues.push(
        issue(
          "invalid_value",
          ["access", "freeBlocks"],
          'freeBlocks is for paywalled articles, but access.kind is "free": set kind to "subscription" or "metered", or remove freeBlocks.',
          { value: access.freeBlocks, allowed: [] },
        ),
      );
    } else if (access.freeBlocks > article.body.length) {
      issues.push({
        path: ["access", "freeBlocks"],
        code: "invalid_value",
        params: { value: access.freeBlocks, allowed: [] },
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
        params: { datePublished: article.datePublished!, correctionDate: correction.date },
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
        params: { value: translation.language, allowed: [] },
        message: `This translation is in ${quoteText(translation.language)}, the article's own language: list only versions in other languages.`,
      });
    }
    const first = languages.get(language);
    if (first !== undefined) {
      issues.push({
        path: ["translations", i, "language"],
        code: "invalid_value",
        params: { value: translation.language, allowed: [] },
        message: `translations[${first}] is already in ${quoteText(translation.language)}: give one URL per language.`,
      });
    } else languages.set(language, i);
  });
  return issues;
}

/** The publishing fields of possibly malformed input, keeping only entries of the right shape. */
function wellFormedPublishing(input: Readonly<Record<string, unknown>>): Pick<
  Article,
  "access" | "corrections" | "translations" | "datePublished" | "language"
> & {
  body: readonly unknown[];
} {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const access =
    isObject(input.access) &&
    (input.access.freeBlocks === undefined || typeof input.access.freeBlocks === "number")
      ? (input.access as unknown as Access)
      : undefined;
  const corrections = Array.isArray(input.corrections)
    ? (input.corrections.filter((c) => isObject(c) && typeof c.date === "string") as Correction[])
    : undefined;
  const translations = Array.isArray(input.translations)
    ? (input.translations.filter(
        (t) => isObject(t) && typeof t.language === "string",
      ) as Translation[])
    : undefined;
  return {
    ...(access ? { access } : {}),
    ...(corrections ? { corrections } : {}),
    ...(translations ? { translations } : {}),
    ...(typeof input.datePublished === "string" ? { datePublished: input.datePublished } : {}),
    language: typeof input.language === "string" ? input.language : "",
    body: Array.isArray(input.body) ? input.body : [],
  };
}
