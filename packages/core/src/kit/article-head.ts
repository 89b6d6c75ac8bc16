import type { Article } from "../model/article.js";
import { entityHref } from "./entity-href.js";
import { safeUrl } from "./safe-url.js";

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

/** Longest `<title>` written by default: search results cut longer ones (html-validate's `long-title`). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The default page title: the headline, or when it is longer than
 * {@link MAX_TITLE_LENGTH} characters, its words up to that length and "…".
 * Open Graph and Twitter titles keep the whole headline.
 *
 * @example
 * ```ts
 * documentTitle("Short"); // "Short"
 * ```
 */
export function documentTitle(headline: string): string {
  const chars = Array.from(headline);
  if (chars.length <= MAX_TITLE_LENGTH) return headline;
  const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/** The lead image as Open Graph describes it. */
export interface ArticleHeadImage {
  /** Absolute http(s) URL. */
  readonly url: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly alt: string | undefined;
}

/**
 * What a page's `<head>` says about an article: the data behind
 * `toHtmlDocument`'s tags and `@newsdoc/react`'s `articleMetadata`, so both
 * say the same. A value that is unknown (or empty) is `undefined`, and an
 * empty list stays empty: a head writes no tag for it.
 */
export interface ArticleHead {
  /** `<title>`: `options.title`, else {@link documentTitle} of the headline. */
  readonly title: string;
  /** `description`, else the dek (`alternativeHeadline`). */
  readonly description: string | undefined;
  /** The canonical URL (`article.url` when it is absolute http(s)). */
  readonly canonical: string | undefined;
  readonly openGraph: {
    readonly type: "article";
    /** The whole headline. */
    readonly title: string;
    readonly description: string | undefined;
    readonly url: string | undefined;
    /** The publisher's name. */
    readonly siteName: string | undefined;
    /** Only with an absolute http(s) URL. */
    readonly image: ArticleHeadImage | undefined;
    readonly publishedTime: string | undefined;
    readonly modifiedTime: string | undefined;
    /** Each author's profile URL (absolute), else their name. */
    readonly authors: readonly string[];
    readonly section: string | undefined;
    /** The keywords. */
    readonly tags: readonly string[];
  };
  readonly twitter: {
    /** `summary_large_image` when there is an image, else `summary`. */
    readonly card: "summary" | "summary_large_image";
    readonly site: string | undefined;
    readonly title: string;
    readonly description: string | undefined;
    readonly image: { readonly url: string; readonly alt: string | undefined } | undefined;
  };
}

/** Options of {@link articleHead}. */
export interface ArticleHeadOptions {
  /** The `<title>`. Default: {@link documentTitle} of the headline. */
  title?: string | undefined;
  /** The site's Twitter/X handle (`"@newsweek"`). Default: none. */
  twitterSite?: string | undefined;
}

const known = (value: string | undefined): string | undefined =>
  value === undefined || value === "" ? undefined : value;

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * The head data of an article: title, description, canonical URL, Open
 * Graph with its `article:*` fields, and the Twitter card. URLs are kept
 * only when absolute http(s) and safe.
 *
 * @example
 * ```ts
 * const head = articleHead(article, { twitterSite: "@newsweek" });
 * head.openGraph.publishedTime; // "2015-09-11T…"
 * ```
 */
export function articleHead(article: Article, options: ArticleHeadOptions = {}): ArticleHead {
  const description = known(article.description || article.alternativeHeadline);
  const url = absoluteUrl(article.url);
  const image = article.image;
  const imageUrl = absoluteUrl(image?.url);
  const publisher =
    article.publisher === undefined
      ? undefined
      : article.entities.find((e) => e.id === article.publisher);
  const authors: string[] = [];
  for (const id of article.authors) {
    const author = article.entities.find((e) => e.id === id);
    if (author === undefined) continue;
    // Open Graph wants a profile URL; the name is the next best thing.
    const value = absoluteUrl(entityHref(author)) ?? known(author.name);
    if (value !== undefined) authors.push(value);
  }
  const alt = known(image?.alt);
  return {
    title: options.title ?? documentTitle(article.headline),
    description,
    canonical: url,
    openGraph: {
      type: "article",
      title: article.headline,
      description,
      url,
      siteName: known(publisher?.name),
      image:
        imageUrl === undefined
          ? undefined
          : { url: imageUrl, width: positive(image?.width), height: positive(image?.height), alt },
      publishedTime: known(article.datePublished),
      modifiedTime: known(article.dateModified),
      authors,
      section: known(article.section),
      tags: (article.keywords ?? []).filter((tag) => tag !== ""),
    },
    twitter: {
      card: imageUrl === undefined ? "summary" : "summary_large_image",
      site: known(options.twitterSite),
      title: article.headline,
      description,
      image: imageUrl === undefined ? undefined : { url: imageUrl, alt },
    },
  };
}
