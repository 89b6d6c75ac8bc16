import type { Article } from "@newsdoc/core/kit";
import { checkRobotsOption, classNames, type RobotsOptions } from "@newsdoc/core/kit";
import {
  checkSite,
  jsonLdScript,
  type Site,
  type ToJsonLdOptions,
  toJsonLd,
} from "@newsdoc/jsonld";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";
import { prettyHtml } from "../pretty.js";
import { htmlRenderer } from "../renderer.js";
import type { ToHtmlOptions } from "../to-html.js";
import { headTags } from "./head.js";
import { defaultStylesheet } from "./stylesheet.js";

/** Options of {@link toHtmlDocument}: those of `toHtml`, plus the page's own. */
export type HtmlDocumentOptions = ToHtmlOptions & {
  /**
   * The inline `<style>`: `true` for the default stylesheet (made for the
   * class prefix in use), `false` for none, or your own CSS text (which may
   * not contain `</style`). Default `true`.
   */
  stylesheet?: boolean | string;
  /**
   * The JSON-LD `<script>` from `@newsdoc/jsonld`: `true`, `false` to leave
   * it out, or options for `toJsonLd`. Default `true`.
   */
  jsonLd?: boolean | ToJsonLdOptions;
  /**
   * The `<title>`. Default: the headline, shortened at a word to at most 70
   * characters with "…" when it is longer (search results cut long titles;
   * `og:title` and `twitter:title` keep the whole headline).
   */
  title?: string;
  /** The site's Twitter/X handle for `twitter:site` (`"@newsweek"`). Default: `site.social.twitter`, else none. */
  twitterSite?: string;
  /**
   * The site the page belongs to (see `Site` in `@newsdoc/jsonld`; check
   * YAML/JSON with `checkSite`): the `<title>` template, `og:site_name`,
   * `article:publisher`, `twitter:site`, author profile URLs, and the
   * JSON-LD's `WebSite`, `WebPage`, breadcrumb and site-wide publisher.
   * Default: none.
   */
  site?: Site;
  /**
   * `<meta name="robots">`: `noindex`, `nofollow`, `maxImagePreview`, or
   * `false` for no tag. Default `{ maxImagePreview: "large" }` (Google
   * Discover shows large previews only with it).
   */
  robots?: RobotsOptions | false;
};

const STYLE_END = /<\/style/i;

function styleElement(options: HtmlDocumentOptions): string {
  const { stylesheet = true } = options;
  if (stylesheet === false) return "";
  if (stylesheet === true) {
    return `<style>${defaultStylesheet(classNames(options.classPrefix ?? "nd-"))}</style>`;
  }
  if (typeof stylesheet !== "string") {
    throw new TypeError(
      `options.stylesheet must be true, false or a CSS string, got ${typeof stylesheet}.`,
    );
  }
  if (STYLE_END.test(stylesheet)) {
    throw new TypeError(
      'options.stylesheet contains "</style", which would end the <style> element early. Remove it from the CSS.',
    );
  }
  return `<style>${stylesheet}</style>`;
}

function jsonLdElement(
  article: Article,
  option: HtmlDocumentOptions["jsonLd"],
  site: Site | undefined,
  classPrefix: string,
): string {
  if (option === false) return "";
  const own = option === true || option === undefined ? {} : option;
  // The JSON-LD names the paywalled blocks by the class this page gives them.
  return jsonLdScript(
    toJsonLd(article, {
      ...(site === undefined ? {} : { site }),
      paywallSelector: `.${classPrefix}paywalled`,
      ...own,
    }),
  );
}

/**
 * Renders a complete HTML5 page for an article: `<head>` with title,
 * description, canonical link, Open Graph, `article:*` and Twitter card
 * tags (each only when its value is known), the default stylesheet and the
 * schema.org JSON-LD script; `<body>` with the `toHtml` fragment in
 * `<main>`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toHtmlDocument } from "@newsdoc/html";
 * writeFileSync("article.html", toHtmlDocument(article, { twitterSite: "@newsweek" }));
 * ```
 */
export function toHtmlDocument(article: Article, options: HtmlDocumentOptions = {}): Html {
  if (options === null || typeof options !== "object") {
    throw new TypeError("toHtmlDocument(article, options): options must be an object.");
  }
  const {
    stylesheet: _s,
    jsonLd,
    twitterSite,
    title,
    site: siteOption,
    robots: robotsOption,
    pretty = false,
    ...renderOptions
  } = options;
  const site = siteOption === undefined ? undefined : checkSite(siteOption);
  const robots = checkRobotsOption(robotsOption);
  if (twitterSite !== undefined && typeof twitterSite !== "string") {
    throw new TypeError(`options.twitterSite must be a string, got ${typeof twitterSite}.`);
  }
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new TypeError("options.title must be a non-empty string.");
  }
  const fragment = htmlRenderer.render(article, { ...renderOptions, pretty: false });
  const language = article.language || site?.language;
  const lang = language ? ` lang="${escAttr(language)}"` : "";
  const page =
    `<!DOCTYPE html><html${lang}><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    headTags(article, { title, twitterSite, site, robots }) +
    styleElement(options) +
    jsonLdElement(article, jsonLd, site, options.classPrefix ?? "nd-") +
    `</head><body><main>${fragment}</main></body></html>`;
  return (pretty ? `${prettyHtml(page)}\n` : `${page}\n`) as Html;
}
