import { type Article, articleHead } from "@newsdoc/core/kit";
import { escAttr, escText } from "../escape.js";

export { absoluteUrl, documentTitle, MAX_TITLE_LENGTH } from "@newsdoc/core/kit";

function meta(kind: "name" | "property", key: string, value: string | number | undefined): string {
  if (value === undefined || value === "") return "";
  return `<meta ${kind}="${key}" content="${escAttr(String(value))}">`;
}

/** Head options that come from `toHtmlDocument`'s options. */
export interface HeadOptions {
  title: string | undefined;
  twitterSite: string | undefined;
}

/**
 * `<title>`, description, canonical link, Open Graph, `article:*` and
 * Twitter card tags, from the kit's `articleHead` (the same data
 * `@newsdoc/react`'s `articleMetadata` gives Next.js). A tag whose value
 * is unknown is left out.
 */
export function headTags(article: Article, options: HeadOptions): string {
  const { title, description, canonical, openGraph: og, twitter } = articleHead(article, options);
  let out = `<title>${escText(title)}</title>`;
  out += meta("name", "description", description);
  if (canonical !== undefined) out += `<link rel="canonical" href="${escAttr(canonical)}">`;
  out += meta("property", "og:type", og.type);
  out += meta("property", "og:title", og.title);
  out += meta("property", "og:description", og.description);
  out += meta("property", "og:url", og.url);
  out += meta("property", "og:site_name", og.siteName);
  if (og.image !== undefined) {
    out += meta("property", "og:image", og.image.url);
    out += meta("property", "og:image:width", og.image.width);
    out += meta("property", "og:image:height", og.image.height);
    out += meta("property", "og:image:alt", og.image.alt);
  }
  out += meta("property", "article:published_time", og.publishedTime);
  out += meta("property", "article:modified_time", og.modifiedTime);
  for (const author of og.authors) out += meta("property", "article:author", author);
  out += meta("property", "article:section", og.section);
  for (const tag of og.tags) out += meta("property", "article:tag", tag);
  out += meta("name", "twitter:card", twitter.card);
  out += meta("name", "twitter:site", twitter.site);
  out += meta("name", "twitter:title", twitter.title);
  out += meta("name", "twitter:description", twitter.description);
  if (twitter.image !== undefined) {
    out += meta("name", "twitter:image", twitter.image.url);
    out += meta("name", "twitter:image:alt", twitter.image.alt);
  }
  return out;
}
