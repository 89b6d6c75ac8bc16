import type { Article } from "@newsdoc/core";
import { article as exampleArticle } from "@newsdoc/core/example";
import type { Site } from "@newsdoc/jsonld";

/**
 * The site the example page is published on: Newsweek, the publication the
 * seed article names ("Newsweek could not independently verify…"). The
 * article gives no address for the site or the page, so both are on an
 * obviously-example domain (`newsweek.example.com`, reserved by RFC 2606):
 * no real URL is invented. No logo, social handles or policy pages either:
 * the article names none.
 */
export const site: Site = {
  name: "Newsweek",
  url: "https://newsweek.example.com/",
  language: "en",
  publisher: { name: "Newsweek" },
  titleTemplate: "%s | Newsweek",
};

/**
 * The example article as this site publishes it: unchanged but for its
 * page address, on the example domain, named after the article's id, so the
 * graph has a `WebPage` and a `BreadcrumbList` for the page.
 */
export const pageArticle: Article = {
  ...exampleArticle,
  url: new URL(`${exampleArticle.id}`, site.url).href,
};
