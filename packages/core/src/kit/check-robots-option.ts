import type { RobotsOptions } from "./article-head.js";

/**
 * Checks a `robots` option from JavaScript or a config file: `false`, or
 * `{ noindex, nofollow, maxImagePreview }`; `undefined` is the default
 * (`{}`: `max-image-preview:large`). Anything else is a `TypeError` naming
 * the option and what it takes. What `toHtmlDocument` and `articleMetadata` share.
 */
export function checkRobotsOption(robots: unknown): RobotsOptions | false {
  if (robots === undefined) return {};
  if (robots === false) return false;
  if (robots === null || typeof robots !== "object") {
    throw new TypeError(
      "options.robots must be false or an object { noindex, nofollow, maxImagePreview }.",
    );
  }
  const { noindex, nofollow, maxImagePreview, ...rest } = robots as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    throw new TypeError(
      `options.robots.${unknown[0]} is not an option; the options are noindex, nofollow, maxImagePreview.`,
    );
  }
  for (const [key, value] of [
    ["noindex", noindex],
    ["nofollow", nofollow],
  ] as const) {
    if (value !== undefined && typeof value !== "boolean") {
      throw new TypeError(`options.robots.${key} must be true or false, got ${typeof value}.`);
    }
  }
  if (
    maxImagePreview !== undefined &&
    !["none", "standard", "large"].includes(maxImagePreview as string)
  ) {
    throw new TypeError(
      `options.robots.maxImagePreview must be "none", "standard" or "large", got ${JSON.stringify(maxImagePreview)}.`,
    );
  }
  return robots as RobotsOptions;
}
