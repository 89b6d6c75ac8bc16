import type { LintRule } from "./lint-rule.js";

/** `missing-description`: no summary for search results and cards. */
export const missingDescription: LintRule = {
  name: "missing-description",
  description:
    "No `description`. Search results, link previews and the HTML meta description fall back to guesses without it.",
  defaultSeverity: "warn",
  severityReason:
    "An editor can always write a summary; without one, previews fall back to guesses.",
  check: (article) =>
    article.description === undefined
      ? [
          {
            rule: "missing-description",
            path: ["description"],
            message:
              "No description: add a one- or two-sentence summary for search results and link previews.",
          },
        ]
      : [],
};
