import type { LintRule } from "./lint-rule.js";

/** `missing-image`: the article has no lead image. */
export const missingImage: LintRule = {
  name: "missing-image",
  description:
    "No lead `image`. Google's Article guidelines recommend one, and link previews look empty without it.",
  defaultSeverity: "info",
  severityReason: "Many text reports have no picture, and adding one is not an editing fix.",
  check: (article) =>
    article.image === undefined
      ? [
          {
            rule: "missing-image",
            path: ["image"],
            message: "No lead image: add one (with url, width, height, alt and credit).",
          },
        ]
      : [],
};
