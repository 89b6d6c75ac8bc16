import type { LintRule } from "./lint-rule.js";

/** `missing-authors`: nobody is credited with the article. */
export const missingAuthors: LintRule = {
  name: "missing-authors",
  description:
    "`authors` is empty. Google's Article guidelines recommend naming the author (a Person, or the Organization when no person is credited).",
  defaultSeverity: "info",
  severityReason:
    "Agency copy is often uncredited; an article can be faithful and have no author. Publishers that always credit should turn it up.",
  check: (article) =>
    article.authors.length === 0
      ? [
          {
            rule: "missing-authors",
            path: ["authors"],
            message:
              "No authors: add the Person who wrote the article, or the publishing Organization when the source credits no one.",
          },
        ]
      : [],
};
