import type { LintRule } from "./lint-rule.js";

/** `image-missing-dimensions`: the lead image lacks width or height. */
export const imageMissingDimensions: LintRule = {
  name: "image-missing-dimensions",
  description:
    "The lead image lacks `width` or `height`: pages shift while it loads, and search engines cannot tell whether it is large enough.",
  defaultSeverity: "info",
  severityReason:
    "Without the image file its size cannot be known; once the file is there, the size usually comes with it.",
  check: (article) => {
    const image = article.image;
    if (image === undefined) return [];
    const missing = (["width", "height"] as const).filter((key) => image[key] === undefined);
    return missing.length > 0
      ? [
          {
            rule: "image-missing-dimensions",
            path: ["image"],
            message: `The lead image has no ${missing.join(" or ")}: add its size in pixels so pages reserve space for it and search engines can judge it.`,
          },
        ]
      : [];
  },
};
