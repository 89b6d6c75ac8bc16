import type { LintRule } from "./lint-rule.js";

/** `missing-date-published`: the article has no publication date. */
export const missingDatePublished: LintRule = {
  name: "missing-date-published",
  description:
    "No `datePublished`. Google's Article guidelines recommend it, and a news report without a date misleads readers who find it later.",
  defaultSeverity: "info",
  severityReason:
    "The source may print no date (the example does not); inventing one would mislead. Publishers should turn it up to `warn` or `error`.",
  check: (article) =>
    article.datePublished === undefined
      ? [
          {
            rule: "missing-date-published",
            path: ["datePublished"],
            message:
              "No datePublished: add when the article was first published, as an ISO 8601 date-time with offset (2015-09-11T10:00:00Z).",
          },
        ]
      : [],
};
