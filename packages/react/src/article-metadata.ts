import {
  type Article,
  articleHead,
  checkRobotsOption,
  type HeadSite,
  type RobotsOptions,
} from "@newsdoc/core/kit";

/** The `robots` of {@link ArticleMetadata}: the subset of Next.js's `Robots` newsdoc writes. */
export interface MetadataRobots {
  index?: boolean;
  follow?: boolean;
  noarchive?: boolean;
  nosnippet?: boolean;
  noimageindex?: boolean;
  "max-image-preview"?: "none" | "standard" | "large";
  "max-snippet"?: number;
  "max-video-preview"?: number | string;
}

/** An Open Graph image. */
export interface MetadataImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/**
 * What {@link articleMetadata} returns: a Next.js `Metadata` object (the
 * App Router's `generateMetadata` / `metadata`), typed structurally so the
 * package does not depend on `next`; it is assignable to `Metadata`.
 */
export interface ArticleMetadata {
  title: string;
  description?: string;
  /** The canonical URL, and every language version (`hreflang`) when there are translations. */
  alternates?: { canonical: string; languages?: Record<string, string> };
  openGraph: {
    type: "article";
    title: string;
    description?: string;
    url?: string;
    siteName?: string;
    locale?: string;
    alternateLocale?: string[];
    images?: MetadataImage[];
    publishedTime?: string;
    modifiedTime?: string;
    authors?: string[];
    section?: string;
    tags?: string[];
  };
  twitter: {
    card: "summary" | "summary_large_image";
    site?: string;
    creator?: string;
    title: string;
    description?: string;
    images?: { url: string; alt?: string }[];
  };
  robots?: MetadataRobots;
  /** Tags Next.js has no field for: `article:publisher` (the site's Facebook page). */
  other?: Record<string, string>;
}

/** Options of {@link articleMetadata}. */
export interface ArticleMetadataOptions {
  /** The page title. Default: the headline, shortened at a word to at most 70 characters with "…". */
  title?: string;
  /** The site's Twitter/X handle for `twitter:site` (`"@newsweek"`). Default: `site.social.twitter`, else none. */
  twitterSite?: string;
  /**
   * The site the page belongs to (`@newsdoc/jsonld`'s `Site`, or any object
   * with its head fields): the title template, `og:site_name`,
   * `article:publisher`, `twitter:site`, author profile URLs. Default: none.
   */
  site?: HeadSite;
  /**
   * The robots directives — `noindex`, `nofollow`, `maxImagePreview`, the
   * same option as `toHtmlDocument`'s — or `false` for none. Default
   * `{ maxImagePreview: "large" }` (large previews are what Google
   * Discover asks news publishers for).
   */
  robots?: RobotsOptions | false;
}

/** The default `robots` of {@link articleMetadata} (and of `toHtmlDocument`). */
export const DEFAULT_ROBOTS: Readonly<RobotsOptions> = Object.freeze({ maxImagePreview: "large" });

function set<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

/**
 * A Next.js `Metadata` object for an article page: title, description,
 * canonical URL, Open Graph (`type: "article"` with published/modified
 * times, authors, section, tags, the lead image), the Twitter card and
 * robots. Built from the kit's `articleHead` — the same data as
 * `@newsdoc/html`'s `toHtmlDocument` head — so both pages say the same.
 * Unknown values are left out, never empty.
 *
 * @example
 * ```ts
 * // app/articles/[id]/page.tsx
 * export async function generateMetadata({ params }): Promise<Metadata> {
 *   return articleMetadata(await load((await params).id), { twitterSite: "@newsweek" });
 * }
 * ```
 */
export function articleMetadata(
  article: Article,
  options: ArticleMetadataOptions = {},
): ArticleMetadata {
  if (options === null || typeof options !== "object") {
    throw new TypeError("articleMetadata(article, options): options must be an object.");
  }
  const { title, twitterSite, site } = options;
  const robots = options.robots === undefined ? DEFAULT_ROBOTS : checkRobotsOption(options.robots);
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new TypeError("options.title must be a non-empty string.");
  }
  if (twitterSite !== undefined && typeof twitterSite !== "string") {
    throw new TypeError(`options.twitterSite must be a string, got ${typeof twitterSite}.`);
  }
  if (
    site !== undefined &&
    (site === null || typeof site !== "object" || typeof site.name !== "string")
  ) {
    throw new TypeError(
      "options.site must be a site object with a name (see Site in @newsdoc/jsonld).",
    );
  }
  const head = articleHead(article, { title, twitterSite, site, robots });
  const og = head.openGraph;
  const openGraph: ArticleMetadata["openGraph"] = { type: "article", title: og.title };
  set(openGraph, "description", og.description);
  set(openGraph, "url", og.url);
  set(openGraph, "siteName", og.siteName);
  set(openGraph, "locale", og.locale);
  if (og.alternateLocales.length > 0) openGraph.alternateLocale = [...og.alternateLocales];
  if (og.image !== undefined) {
    const image: MetadataImage = { url: og.image.url };
    set(image, "width", og.image.width);
    set(image, "height", og.image.height);
    set(image, "alt", og.image.alt);
    openGraph.images = [image];
  }
  set(openGraph, "publishedTime", og.publishedTime);
  set(openGraph, "modifiedTime", og.modifiedTime);
  if (og.authors.length > 0) openGraph.authors = [...og.authors];
  set(openGraph, "section", og.section);
  if (og.tags.length > 0) openGraph.tags = [...og.tags];

  const twitter: ArticleMetadata["twitter"] = {
    card: head.twitter.card,
    title: head.twitter.title,
  };
  set(twitter, "site", head.twitter.site);
  set(twitter, "creator", head.twitter.creator);
  set(twitter, "description", head.twitter.description);
  if (head.twitter.image !== undefined) {
    const image: { url: string; alt?: string } = { url: head.twitter.image.url };
    set(image, "alt", head.twitter.image.alt);
    twitter.images = [image];
  }

  const metadata: ArticleMetadata = { title: head.title, openGraph, twitter };
  set(metadata, "description", head.description);
  if (head.canonical !== undefined) {
    metadata.alternates = { canonical: head.canonical };
    if (head.alternates.length > 0) {
      metadata.alternates.languages = Object.fromEntries(
        head.alternates.map((a) => [a.language, a.url]),
      );
    }
  }
  const directives = head.robots;
  if (directives !== undefined) {
    // Only what the kit's robots content says, so Next.js writes the same tag as toHtmlDocument.
    const out: MetadataRobots = {};
    if (directives.noindex) out.index = false;
    if (directives.nofollow) out.follow = false;
    out["max-image-preview"] = directives.maxImagePreview;
    metadata.robots = out;
  }
  if (og.publisher !== undefined) metadata.other = { "article:publisher": og.publisher };
  return metadata;
}
