import {
  type Article,
  absoluteUrl,
  type Entity,
  entityHref,
  MAX_TITLE_LENGTH,
} from "@newsdoc/core/kit";
import { authorProfileUrl, type Site } from "@newsdoc/jsonld";
import { escAttr, escText } from "../escape.js";
import { truncateAtWord } from "./truncate.js";

export { absoluteUrl, MAX_TITLE_LENGTH };

/** The canonical form of the article's URL: absolute, without its `#fragment` (a place in the page, not the page). */
export function canonicalUrl(url: string | undefined): string | undefined {
  const absolute = absoluteUrl(url);
  if (absolute === undefined) return undefined;
  const hash = absolute.indexOf("#");
  return hash === -1 ? absolute : absolute.slice(0, hash);
}

/** Open Graph's locale form of a BCP 47 tag: `en-GB` → `en_GB`, `en` → `en`. */
export function ogLocale(language: string): string {
  const [lang, ...rest] = language.split("-");
  const region = rest.find((part) => /^(?:[A-Za-z]{2}|\d{3})$/.test(part));
  return region === undefined
    ? lang!.toLowerCase()
    : `${lang!.toLowerCase()}_${region.toUpperCase()}`;
}

const X_PROFILE = /^https:\/\/(?:www\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/?$/;

/** An entity's X/Twitter handle, from a `twitter.com`/`x.com` profile in its `sameAs` or `url`. */
export function xHandle(entity: Entity): string | undefined {
  for (const url of [...(entity.sameAs ?? []), entity.url ?? ""]) {
    const match = X_PROFILE.exec(url);
    if (match) return `@${match[1]}`;
  }
  return undefined;
}

/** The directives of `<meta name="robots">`. */
export interface RobotsOptions {
  /** Ask search engines not to index the page. Default `false`. */
  noindex?: boolean;
  /** Ask search engines not to follow its links. Default `false`. */
  nofollow?: boolean;
  /** How large a preview image may be shown (Discover shows large images only with `"large"`). Default `"large"`. */
  maxImagePreview?: "none" | "standard" | "large";
}

function robotsContent(robots: RobotsOptions | false): string | undefined {
  if (robots === false) return undefined;
  const parts: string[] = [];
  if (robots.noindex) parts.push("noindex");
  if (robots.nofollow) parts.push("nofollow");
  parts.push(`max-image-preview:${robots.maxImagePreview ?? "large"}`);
  return parts.join(", ");
}

/** The largest image file of the lead image (by pixels), with its size where known. */
function largestImage(
  article: Article,
): { url: string; width?: number; height?: number } | undefined {
  const image = article.image;
  if (image === undefined) return undefined;
  let best: { url: string; width?: number; height?: number } | undefined;
  let bestPixels = -1;
  const consider = (
    url: string | undefined,
    width: number | undefined,
    height: number | undefined,
  ) => {
    const safe = absoluteUrl(url);
    if (safe === undefined) return;
    const pixels =
      positive(width) !== undefined && positive(height) !== undefined ? width! * height! : 0;
    if (pixels > bestPixels) {
      bestPixels = pixels;
      best = pixels > 0 ? { url: safe, width: width!, height: height! } : { url: safe };
    }
  };
  consider(image.url, image.width, image.height);
  for (const r of image.renditions ?? []) consider(r.url, r.width, r.height);
  return best;
}

function meta(kind: "name" | "property", key: string, value: string | number | undefined): string {
  if (value === undefined || value === "") return "";
  return `<meta ${kind}="${key}" content="${escAttr(String(value))}">`;
}

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Head options that come from `toHtmlDocument`'s options. */
export interface HeadOptions {
  title: string | undefined;
  twitterSite: string | undefined;
  site: Site | undefined;
  robots: RobotsOptions | false;
}

/** Longest `twitter:title` X shows. */
export const MAX_TWITTER_TITLE = 70;
/** Longest `twitter:description` X shows. */
export const MAX_TWITTER_DESCRIPTION = 200;

/**
 * The default `<title>`: the headline, or when it is longer than
 * {@link MAX_TITLE_LENGTH} characters, its words up to that length and "…".
 * Open Graph and Twitter titles keep the whole headline.
 */
export function documentTitle(headline: string, site?: Site): string {
  if (site === undefined) return truncateAtWord(headline, MAX_TITLE_LENGTH);
  const template = site.titleTemplate ?? `%s | ${site.name}`;
  const rest = Array.from(template.replace("%s", "")).length;
  // The headline gives way to the site's name, but never below 30 characters.
  const room = Math.max(MAX_TITLE_LENGTH - rest, 30);
  return template.replace("%s", () => truncateAtWord(headline, room));
}

/**
 * `<title>`, description, canonical link, Open Graph, `article:*` and
 * Twitter card tags. A tag whose value is unknown is left out.
 */
export function headTags(article: Article, options: HeadOptions): string {
  const { site } = options;
  const description = article.description || article.alternativeHeadline;
  const url = canonicalUrl(article.url);
  const image = article.image;
  const largest = largestImage(article);
  const imageUrl = largest?.url;
  const publisher =
    article.publisher === undefined
      ? undefined
      : article.entities.find((e) => e.id === article.publisher);
  const language = article.language || site?.language;
  let out = `<title>${escText(options.title ?? documentTitle(article.headline, site))}</title>`;
  out += meta("name", "description", description);
  out += meta("name", "robots", robotsContent(options.robots));
  if (url !== undefined) {
    out += `<link rel="canonical" href="${escAttr(url)}">`;
    const translations = (article.translations ?? []).filter((t) => absoluteUrl(t.url));
    if (translations.length > 0) {
      // hreflang alternates name the page itself too (Google's rule: each version lists all).
      out += `<link rel="alternate" hreflang="${escAttr(article.language)}" href="${escAttr(url)}">`;
      for (const t of translations) {
        out += `<link rel="alternate" hreflang="${escAttr(t.language)}" href="${escAttr(absoluteUrl(t.url)!)}">`;
      }
    }
  }
  out += meta("property", "og:type", "article");
  out += meta("property", "og:title", article.headline);
  out += meta("property", "og:description", description);
  out += meta("property", "og:url", url);
  out += meta("property", "og:site_name", site?.name ?? publisher?.name);
  if (language) out += meta("property", "og:locale", ogLocale(language));
  for (const t of article.translations ?? []) {
    out += meta("property", "og:locale:alternate", ogLocale(t.language));
  }
  if (imageUrl !== undefined) {
    out += meta("property", "og:image", imageUrl);
    out += meta("property", "og:image:width", positive(largest?.width));
    out += meta("property", "og:image:height", positive(largest?.height));
    out += meta("property", "og:image:alt", image?.alt);
  }
  out += meta("property", "article:published_time", article.datePublished);
  out += meta("property", "article:modified_time", article.dateModified);
  out += meta("property", "article:publisher", absoluteUrl(site?.social?.facebook));
  let creator: string | undefined;
  for (const id of article.authors) {
    const author = article.entities.find((e) => e.id === id);
    if (author === undefined) continue;
    creator ??= xHandle(author);
    // Open Graph wants a profile URL; the name is the next best thing.
    const profile =
      absoluteUrl(authorProfileUrl(site, author.id)) ?? absoluteUrl(entityHref(author));
    out += meta("property", "article:author", profile ?? author.name);
  }
  out += meta("property", "article:section", article.section);
  for (const tag of article.keywords ?? []) out += meta("property", "article:tag", tag);
  out += meta("name", "twitter:card", imageUrl === undefined ? "summary" : "summary_large_image");
  out += meta("name", "twitter:site", options.twitterSite ?? site?.social?.twitter);
  out += meta("name", "twitter:creator", creator);
  out += meta("name", "twitter:title", truncateAtWord(article.headline, MAX_TWITTER_TITLE));
  out += meta(
    "name",
    "twitter:description",
    description === undefined ? undefined : truncateAtWord(description, MAX_TWITTER_DESCRIPTION),
  );
  if (imageUrl !== undefined) {
    out += meta("name", "twitter:image", imageUrl);
    out += meta("name", "twitter:image:alt", image?.alt);
  }
  return out;
}
