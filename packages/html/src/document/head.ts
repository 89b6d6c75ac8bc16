import { type Article, articleHead, type RobotsOptions } from "@newsdoc/core/kit";
import type { Site } from "@newsdoc/jsonld";
import { joinContent } from "../element.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";
import { compileTag } from "../tag.js";

/** Head options that come from `toHtmlDocument`'s options. */
export interface HeadOptions {
  title: string | undefined;
  twitterSite: string | undefined;
  site: Site | undefined;
  robots: RobotsOptions | false;
}

// The head's elements are refused to `tag()` callers; here every value is escaped.
const HEAD = { refusedElement: true } as const;
const title = compileTag("title", [], HEAD);
const metaName = compileTag("meta", ["name", "content"], HEAD);
const metaProperty = compileTag("meta", ["property", "content"], HEAD);
const canonical = compileTag("link", ["rel", "href"], HEAD);
const alternate = compileTag("link", ["rel", "hreflang", "href"], HEAD);

function meta(
  kind: "name" | "property",
  key: string,
  value: string | number | undefined,
): Html | undefined {
  if (value === undefined || value === "") return undefined;
  return (kind === "name" ? metaName : metaProperty)(key, String(value));
}

/**
 * `<title>`, description, robots, canonical and language alternates, Open
 * Graph, `article:*` and Twitter card tags, from the kit's `articleHead` —
 * the data `@newsdoc/react`'s `articleMetadata` gives Next.js, so both
 * pages say the same. A tag whose value is unknown is left out.
 */
export function headTags(article: Article, options: HeadOptions): Html {
  const head = articleHead(article, options);
  const og = head.openGraph;
  const tw = head.twitter;
  const out: (Html | undefined)[] = [title(escText(head.title))];
  out.push(meta("name", "description", head.description));
  out.push(meta("name", "robots", head.robots?.content));
  if (head.canonical !== undefined) {
    out.push(canonical("canonical", head.canonical));
    for (const a of head.alternates) out.push(alternate("alternate", a.language, a.url));
  }
  out.push(meta("property", "og:type", og.type));
  out.push(meta("property", "og:title", og.title));
  out.push(meta("property", "og:description", og.description));
  out.push(meta("property", "og:url", og.url));
  out.push(meta("property", "og:site_name", og.siteName));
  out.push(meta("property", "og:locale", og.locale));
  for (const locale of og.alternateLocales)
    out.push(meta("property", "og:locale:alternate", locale));
  if (og.image !== undefined) {
    out.push(meta("property", "og:image", og.image.url));
    out.push(meta("property", "og:image:width", og.image.width));
    out.push(meta("property", "og:image:height", og.image.height));
    out.push(meta("property", "og:image:alt", og.image.alt));
  }
  out.push(meta("property", "article:published_time", og.publishedTime));
  out.push(meta("property", "article:modified_time", og.modifiedTime));
  out.push(meta("property", "article:publisher", og.publisher));
  for (const author of og.authors) out.push(meta("property", "article:author", author));
  out.push(meta("property", "article:section", og.section));
  for (const tag of og.tags) out.push(meta("property", "article:tag", tag));
  out.push(meta("name", "twitter:card", tw.card));
  out.push(meta("name", "twitter:site", tw.site));
  out.push(meta("name", "twitter:creator", tw.creator));
  out.push(meta("name", "twitter:title", tw.title));
  out.push(meta("name", "twitter:description", tw.description));
  if (tw.image !== undefined) {
    out.push(meta("name", "twitter:image", tw.image.url));
    out.push(meta("name", "twitter:image:alt", tw.image.alt));
  }
  return joinContent(out);
}
