import type { LintRule } from "./lint-rule.js";

/** `image-missing-url`: the lead image is described but its file is not given. */
export const imageMissingUrl: LintRule = {
  name: "image-missing-url",
  description:
    "The lead image has no `url`: renderers can show its caption and credit, but no picture, and structured data cannot include it.",
  defaultSeverity: "info",
  severityReason:
    "An article transcribed from print or a feed may name a picture (caption, credit) whose file it does not have.",
  check: (article) =>
    article.image !== undefined && article.image.url === undefined
      ? [
          {
            rule: "image-missing-url",
            path: ["image", "url"],
            message:
              "The lead image has no url: add the image file's absolute https URL, or structured data and previews will have no picture.",
          },
        ]
      : [],
};
