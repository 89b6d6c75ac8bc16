import type { LintRule } from "./lint-rule.js";

/**
 * Query parameters that say where a click came from, not which page it is:
 * Google Analytics' `utm_*`, and the click ids of Google, Facebook,
 * Microsoft, Mailchimp, HubSpot, Marketo, Yandex and Instagram.
 */
const TRACKING =
  /^(?:utm_[a-z]+|gclid|gbraid|wbraid|dclid|fbclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|yclid|igshid)$/i;

/** The tracking parameters of a URL, in order; none for a URL that does not parse. */
export function trackingParams(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  return [...new Set([...parsed.searchParams.keys()].filter((key) => TRACKING.test(key)))];
}

/** `url-tracking-params`: the canonical URL carries tracking parameters or a fragment. */
export const urlTrackingParams: LintRule = {
  name: "url-tracking-params",
  description:
    "The canonical `url` carries tracking parameters (`utm_source`, `fbclid`, …) or a `#fragment`: every share and the structured data would name a different URL for the same page. Renderers drop the fragment; the parameters only you can remove.",
  check(article) {
    if (article.url === undefined) return [];
    const params = trackingParams(article.url);
    const warnings = [];
    if (params.length > 0) {
      warnings.push({
        rule: "url-tracking-params" as const,
        path: ["url"],
        message: `The canonical url carries tracking parameters (${params.join(", ")}): remove them, so that every page and share names the same URL.`,
      });
    }
    if (article.url.includes("#")) {
      warnings.push({
        rule: "url-tracking-params" as const,
        path: ["url"],
        message:
          "The canonical url has a #fragment, which names a place in the page, not the page: remove it (renderers drop it from the canonical link and og:url).",
      });
    }
    return warnings;
  },
};
