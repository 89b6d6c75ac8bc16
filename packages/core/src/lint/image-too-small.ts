import type { LintRule } from "./lint-rule.js";

/** The fewest pixels (width × height) Google recommends for an article image. */
export const MIN_IMAGE_PIXELS = 50_000;

/** `image-too-small`: the lead image has fewer than 50,000 pixels. */
export const imageTooSmall: LintRule = {
  name: "image-too-small",
  description: `The lead image has fewer than ${MIN_IMAGE_PIXELS.toLocaleString("en")} pixels (width × height), the minimum Google recommends.`,
  defaultSeverity: "warn",
  severityReason:
    "A known image that is too small is a real problem for previews and Discover, and can be replaced.",
  check: (article) => {
    const image = article.image;
    if (image?.width === undefined || image.height === undefined) return [];
    const pixels = image.width * image.height;
    return pixels < MIN_IMAGE_PIXELS
      ? [
          {
            rule: "image-too-small",
            path: ["image"],
            message: `The lead image is ${image.width}×${image.height} (${pixels.toLocaleString("en")} pixels); use one of at least ${MIN_IMAGE_PIXELS.toLocaleString("en")} pixels, ideally 1200 wide.`,
          },
        ]
      : [];
  },
};
