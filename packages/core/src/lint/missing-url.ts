import type { LintRule } from "./lint-rule.js";

/** `missing-url`: the article has no canonical URL. */
export const missingUrl: LintRule = {
  name: "missing-url",
  description:
    "The article has no canonical `url`. Search engines and the JSON-LD `mainEntityOfPage` need it to know which page is the original.",
  defaultSeverity: "info",
  severityReason:
    "A faithful copy of a report whose source gives no URL cannot invent one; a publisher's CMS should set it, so turn it up to `warn` there.",
  check: (article) =>
    article.url === undefined
      ? [
          {
            rule: "missing-url",
            path: ["url"],
            message:
              "No canonical url: add the article's absolute https URL so search engines and shares point at one page.",
          },
        ]
      : [],
};
