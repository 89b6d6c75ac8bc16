import { type Article, articleHead, type RobotsOptions } from "@newsdoc/core/kit";
import type { Site } from "@newsdoc/jsonld";
import { escAttr, escText } from "../escape.js";

/** Head options that come from `toHtmlDocument`'s options. */
export interface HeadOptions {
  title: string | undefined;
  twitterSite: string | undefined;
  site: Site | undefined;
  robots: RobotsOptions | false;
}

function meta(kind: "name" | "property", key: string, value: string | number | undefined): string {
  if (value === undefined || value === "") return "";
  return `<meta ${kind}="${key}" content="${escAttr(String(value))}">`;
}

/**
 * `<title>`, description, robots, canonical and language alternates, Open
 * Graph, `article:*` and Twitter card tags, from the kit's `articleHead` —
 * the data `@newsdoc/react`'s `articleMetadata` gives Next.js, so both
 * pages say the same. A tag whose value is unknown is left out.
 */
export function headTags(article: Article, options: HeadOptions): string {
  const head = articleHead(article, options);
  const og = head.openGraph;
  const tw = head.twitter;
  let out = `<title>${escText(head.title)}</title>`;
  out += meta("name", "description", head.description);
  out += meta("name", "robots", head.robots?.content);
  if (head.canonical !== undefined) {
    out += `<link rel="canonical" href="${escAttr(head.canonical)}">`;
    for (const a of head.alternates) {
      out += `<link rel="alternate" hreflang="${escAttr(a.language)}" href="${escAttr(a.url)}">`;
    }
  }
  out += meta("property", "og:type", og.type);
  out += meta("property", "og:title", og.title);
  out += meta("property", "og:description", og.description);
  out += meta("property", "og:url", og.url);
  out += meta("property", "og:site_name", og.siteName);
  out += meta("property", "og:locale", og.locale);
  for (const locale of og.alternateLocales) out += meta("property", "og:locale:alternate", locale);
  if (og.image !== undefined) {
    out += meta("property", "og:image", og.image.url);
    out += meta("property", "og:image:width", og.image.width);
    out += meta("property", "og:image:height", og.image.height);
    out += meta("property", "og:image:alt", og.image.alt);
  }
  out += meta("property", "article:published_time", og.publishedTime);
  out += meta("property", "article:modified_time", og.modifiedTime);
  out += meta("property", "article:publisher", og.publisher);
  for (const author of og.authors) out += meta("property", "article:author", author);
  out += meta("property", "article:section", og.section);
  for (const tag of og.tags) out += meta("property", "article:tag", tag);
  out += meta("name", "twitter:card", tw.card);
  out += meta("name", "twitter:site", tw.site);
  out += meta("name", "twitter:creator", tw.creator);
  out += meta("name", "twitter:title", tw.title);
  out += meta("name", "twitter:description", tw.description);
  if (tw.image !== undefined) {
    out += meta("name", "twitter:image", tw.image.url);
    out += meta("name", "twitter:image:alt", tw.image.alt);
  }
  return out;
}
