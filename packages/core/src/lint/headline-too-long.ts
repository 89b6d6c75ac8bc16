import type { LintRule } from "./lint-rule.js";

/** The longest headline Google's Article guidelines recommend, in characters. */
export const MAX_HEADLINE_LENGTH = 110;

/** `headline-too-long`: the headline is over 110 characters (code points). */
export const headlineTooLong: LintRule = {
  name: "headline-too-long",
  description: `The headline is longer than ${MAX_HEADLINE_LENGTH} characters (counted as Unicode code points), which search results truncate.`,
  defaultSeverity: "warn",
  severityReason: "Always fixable by the editor, and Google truncates longer headlines in results.",
  check: (article) => {
    const length = Array.from(article.headline).length;
    return length > MAX_HEADLINE_LENGTH
      ? [
          {
            rule: "headline-too-long",
            path: ["headline"],
            message: `The headline has ${length} characters; search results cut headlines over ${MAX_HEADLINE_LENGTH}. Shorten it, and move the rest to alternativeHeadline.`,
          },
        ]
      : [];
  },
};
