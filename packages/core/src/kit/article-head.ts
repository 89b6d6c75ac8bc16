import type { Article } from "../model/article.js";
import type { Entity } from "../model/entity.js";
import { entityHref } from "./entity-href.js";
import { safeUrl } from "./safe-url.js";
import { truncateAtWord } from "./truncate-at-word.js";

const ABSOLUTE = /^https?:\/\//i;

/**
 * The URL if it is safe and absolute http(s) — what canonical links and
 * Open Graph need — else `undefined`.
 *
 * @example
 * ```ts
 * absoluteUrl("https://example.com/a"); // "https://example.com/a"
 * absoluteUrl("/a");                     // undefined
 * ```
 */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const safe = safeUrl(url);
  return safe !== undefined && ABSOLUTE.test(safe) ? safe : undefined;
}

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

/** Longest `<title>` written by default: search results cut longer ones (html-validate's `long-title`). */
export const MAX_TITLE_LENGTH = 70;
/** Longest `twitter:title` X shows. */
export const MAX_TWITTER_TITLE = 70;
/** Longest `twitter:description` X shows. */
export const MAX_TWITTER_DESCRIPTION = 200;

/**
 * What a page's head needs to know about the site (a subset of
 * `@newsdoc/jsonld`'s `Site`, which is assignable to it).
 */
export interface HeadSite {
  /** The site's name: `og:site_name` and the `<title>` template's default. */
  readonly name: string;
  /** The `<title>`, `%s` the headline. Default `"%s | <name>"`. */
  readonly titleTemplate?: string | undefined;
  /** The site's language, for articles without one. */
  readonly language?: string | undefined;
  /** An author's profile page, `{id}` the entity id. */
  readonly authorUrl?: string | undefined;
  readonly social?:
    | { readonly twitter?: string | undefined; readonly facebook?: string | undefined }
    | undefined;
}

/** An author's profile URL on the site (`site.authorUrl` with `{id}` replaced), if the site has one. */
export function authorProfileUrl(site: HeadSite | undefined, entityId: string): string | undefined {
  if (site?.authorUrl === undefined) return undefined;
  return site.authorUrl.replace("{id}", encodeURIComponent(entityId));
}

/**
 * The default page title: the headline, or when it is longer than
 * {@link MAX_TITLE_LENGTH} characters, its words up to that length and "…";
 * with a site, inside its title template (the headline gives way to the
 * site's name, never below 30 characters). Open Graph and Twitter titles
 * keep the whole headline.
 *
 * @example
 * ```ts
 * documentTitle("Short");                       // "Short"
 * documentTitle("Short", { name: "Newsweek" }); // "Short | Newsweek"
 * ```
 */
export function documentTitle(headline: string, site?: HeadSite): string {
  if (site === undefined) return truncateAtWord(headline, MAX_TITLE_LENGTH);
  const template = site.titleTemplate ?? `%s | ${site.name}`;
  const rest = Array.from(template.replace("%s", "")).length;
  const room = Math.max(MAX_TITLE_LENGTH - rest, 30);
  return template.replace("%s", () => truncateAtWord(headline, room));
}

/** The directives of `<meta name="robots">`. */
export interface RobotsOptions {
  /** Ask search engines not to index the page. Default `false`. */
  noindex?: boolean | undefined;
  /** Ask search engines not to follow its links. Default `false`. */
  nofollow?: boolean | undefined;
  /** How large a preview image may be shown (Discover shows large images only with `"large"`). Default `"large"`. */
  maxImagePreview?: "none" | "standard" | "large" | undefined;
}

/** The robots directives a head writes. */
export interface ArticleHeadRobots {
  readonly noindex: boolean;
  readonly nofollow: boolean;
  readonly maxImagePreview: "none" | "standard" | "large";
  /** The `content` of `<meta name="robots">`: `"max-image-preview:large"`, `"noindex, max-image-preview:large"`… */
  readonly content: string;
}

/** The lead image as Open Graph describes it. */
export interface ArticleHeadImage {
  /** Absolute http(s) URL. */
  readonly url: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly alt: string | undefined;
}

/** One language version of the page, for `<link rel="alternate" hreflang>`. */
export interface ArticleHeadAlternate {
  readonly language: string;
  /** Absolute http(s) URL. */
  readonly url: string;
}

/**
 * What a page's `<head>` says about an article: the data behind
 * `toHtmlDocument`'s tags and `@newsdoc/react`'s `articleMetadata`, so both
 * say the same. A value that is unknown (or empty) is `undefined`, and an
 * empty list stays empty: a head writes no tag for it.
 */
export interface ArticleHead {
  /** `<title>`: `options.title`, else {@link documentTitle} of the headline (with the site's template). */
  readonly title: string;
  /** `description`, else the dek (`alternativeHeadline`). */
  readonly description: string | undefined;
  /** The canonical URL (`article.url` when it is absolute http(s)), without its fragment. */
  readonly canonical: string | undefined;
  /** `<meta name="robots">`; `undefined` with `robots: false`. */
  readonly robots: ArticleHeadRobots | undefined;
  /**
   * Every language version, this page's first: written only with a
   * canonical URL and at least one translation (Google's rule: each
   * version lists all).
   */
  readonly alternates: readonly ArticleHeadAlternate[];
  readonly openGraph: {
    readonly type: "article";
    /** The whole headline. */
    readonly title: string;
    readonly description: string | undefined;
    readonly url: string | undefined;
    /** The site's name, else the publisher's. */
    readonly siteName: string | undefined;
    /** `og:locale` of the article's (else the site's) language. */
    readonly locale: string | undefined;
    /** `og:locale:alternate` of each translation. */
    readonly alternateLocales: readonly string[];
    /** The largest file of the lead image (by pixels, renditions included), absolute http(s) only. */
    readonly image: ArticleHeadImage | undefined;
    readonly publishedTime: string | undefined;
    readonly modifiedTime: string | undefined;
    /** `article:publisher`: the site's Facebook page. */
    readonly publisher: string | undefined;
    /** Each author's profile URL (the site's, else their own, absolute), else their name. */
    readonly authors: readonly string[];
    readonly section: string | undefined;
    /** The keywords. */
    readonly tags: readonly string[];
  };
  readonly twitter: {
    /** `summary_large_image` when there is an image, else `summary`. */
    readonly card: "summary" | "summary_large_image";
    /** `options.twitterSite`, else the site's handle. */
    readonly site: string | undefined;
    /** The first author's handle, from an X profile in their `sameAs` or `url`. */
    readonly creator: string | undefined;
    /** The headline, cut at a word to {@link MAX_TWITTER_TITLE} characters. */
    readonly title: string;
    /** The description, cut at a word to {@link MAX_TWITTER_DESCRIPTION} characters. */
    readonly description: string | undefined;
    readonly image: { readonly url: string; readonly alt: string | undefined } | undefined;
  };
}

/** Options of {@link articleHead}. */
export interface ArticleHeadOptions {
  /** The `<title>`. Default: {@link documentTitle} of the headline. */
  title?: string | undefined;
  /** The site's Twitter/X handle (`"@newsweek"`). Default: `site.social.twitter`, else none. */
  twitterSite?: string | undefined;
  /** The site the page belongs to. Default: none. */
  site?: HeadSite | undefined;
  /** The robots directives, or `false` for none. Default `{ maxImagePreview: "large" }`. */
  robots?: RobotsOptions | false | undefined;
}

const known = (value: string | undefined): string | undefined =>
  value === undefined || value === "" ? undefined : value;

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

function robotsOf(robots: RobotsOptions | false | undefined): ArticleHeadRobots | undefined {
  if (robots === false) return undefined;
  const noindex = robots?.noindex === true;
  const nofollow = robots?.nofollow === true;
  const maxImagePreview = robots?.maxImagePreview ?? "large";
  const parts: string[] = [];
  if (noindex) parts.push("noindex");
  if (nofollow) parts.push("nofollow");
  parts.push(`max-image-preview:${maxImagePreview}`);
  return { noindex, nofollow, maxImagePreview, content: parts.join(", ") };
}

/** The largest file of the lead image (by pixels), with its size where known. */
function largestImage(article: Article): ArticleHeadImage | undefined {
  const image = article.image;
  if (image === undefined) return undefined;
  const alt = known(image.alt);
  let best: ArticleHeadImage | undefined;
  let bestPixels = -1;
  const consider = (url: string | undefined, w: number | undefined, h: number | undefined) => {
    const safe = absoluteUrl(url);
    if (safe === undefined) return;
    const width = positive(w);
    const height = positive(h);
    const pixels = width !== undefined && height !== undefined ? width * height : 0;
    if (pixels > bestPixels) {
      bestPixels = pixels;
      best =
        pixels > 0
          ? { url: safe, width, height, alt }
          : { url: safe, width: undefined, height: undefined, alt };
    }
  };
  consider(image.url, image.width, image.height);
  for (const r of image.renditions ?? []) consider(r.url, r.width, r.height);
  return best;
}

/**
 * The head data of an article: title, description, canonical URL, robots,
 * language alternates, Open Graph with its `article:*` fields, and the
 * Twitter card. URLs are kept only when absolute http(s) and safe. What
 * `toHtmlDocument` writes as tags and `articleMetadata` gives Next.js.
 *
 * @example
 * ```ts
 * const head = articleHead(article, { twitterSite: "@newsweek" });
 * head.openGraph.publishedTime; // "2015-09-11T…"
 * head.robots?.content;         // "max-image-preview:large"
 * ```
 */
export function articleHead(article: Article, options: ArticleHeadOptions = {}): ArticleHead {
  const { site } = options;
  const description = known(article.description || article.alternativeHeadline);
  const url = canonicalUrl(article.url);
  const image = largestImage(article);
  const publisher =
    article.publisher === undefined
      ? undefined
      : article.entities.find((e) => e.id === article.publisher);
  const authors: string[] = [];
  let creator: string | undefined;
  for (const id of article.authors) {
    const author = article.entities.find((e) => e.id === id);
    if (author === undefined) continue;
    creator ??= xHandle(author);
    // Open Graph wants a profile URL; the name is the next best thing.
    const value =
      absoluteUrl(authorProfileUrl(site, author.id)) ??
      absoluteUrl(entityHref(author)) ??
      known(author.name);
    if (value !== undefined) authors.push(value);
  }
  const translations = article.translations ?? [];
  const alternates: ArticleHeadAlternate[] = [];
  const linked = translations.filter((t) => absoluteUrl(t.url) !== undefined);
  if (url !== undefined && linked.length > 0) {
    alternates.push({ language: article.language, url });
    for (const t of linked) alternates.push({ language: t.language, url: absoluteUrl(t.url)! });
  }
  const language = article.language || site?.language;
  return {
    title: options.title ?? documentTitle(article.headline, site),
    description,
    canonical: url,
    robots: robotsOf(options.robots),
    alternates,
    openGraph: {
      type: "article",
      title: article.headline,
      description,
      url,
      siteName: known(site?.name ?? publisher?.name),
      locale: language ? ogLocale(language) : undefined,
      alternateLocales: translations.map((t) => ogLocale(t.language)),
      image,
      publishedTime: known(article.datePublished),
      modifiedTime: known(article.dateModified),
      publisher: absoluteUrl(site?.social?.facebook),
      authors,
      section: known(article.section),
      tags: (article.keywords ?? []).filter((tag) => tag !== ""),
    },
    twitter: {
      card: image === undefined ? "summary" : "summary_large_image",
      site: known(options.twitterSite ?? site?.social?.twitter),
      creator,
      title: truncateAtWord(article.headline, MAX_TWITTER_TITLE),
      description:
        description === undefined
          ? undefined
          : truncateAtWord(description, MAX_TWITTER_DESCRIPTION),
      image: image === undefined ? undefined : { url: image.url, alt: image.alt },
    },
  };
}
