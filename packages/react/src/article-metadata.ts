import { type Article, articleHead } from "@newsdoc/core/kit";

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
  alternates?: { canonical: string };
  openGraph: {
    type: "article";
    title: string;
    description?: string;
    url?: string;
    siteName?: string;
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
    title: string;
    description?: string;
    images?: { url: string; alt?: string }[];
  };
  robots?: MetadataRobots;
}

/** Options of {@link articleMetadata}. */
export interface ArticleMetadataOptions {
  /** The page title. Default: the headline, shortened at a word to at most 70 characters with "…". */
  title?: string;
  /** The site's Twitter/X handle for `twitter:site` (`"@newsweek"`). Default: none. */
  twitterSite?: string;
  /**
   * The robots directives, or `false` for none. Default
   * `{ index: true, follow: true, "max-image-preview": "large" }` (large
   * previews are what Google Discover asks news publishers for).
   */
  robots?: MetadataRobots | false;
}

/** The default `robots` of {@link articleMetadata}. */
export const DEFAULT_ROBOTS: Readonly<MetadataRobots> = Object.freeze({
  index: true,
  follow: true,
  "max-image-preview": "large",
});

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
  const { title, twitterSite, robots = DEFAULT_ROBOTS } = options;
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new TypeError("options.title must be a non-empty string.");
  }
  if (twitterSite !== undefined && typeof twitterSite !== "string") {
    throw new TypeError(`options.twitterSite must be a string, got ${typeof twitterSite}.`);
  }
  if (robots !== false && (robots === null || typeof robots !== "object")) {
    throw new TypeError("options.robots must be an object of directives, or false.");
  }
  const head = articleHead(article, { title, twitterSite });
  const og = head.openGraph;
  const openGraph: ArticleMetadata["openGraph"] = { type: "article", title: og.title };
  set(openGraph, "description", og.description);
  set(openGraph, "url", og.url);
  set(openGraph, "siteName", og.siteName);
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
  set(twitter, "description", head.twitter.description);
  if (head.twitter.image !== undefined) {
    const image: { url: string; alt?: string } = { url: head.twitter.image.url };
    set(image, "alt", head.twitter.image.alt);
    twitter.images = [image];
  }

  const metadata: ArticleMetadata = { title: head.title, openGraph, twitter };
  set(metadata, "description", head.description);
  if (head.canonical !== undefined) metadata.alternates = { canonical: head.canonical };
  if (robots !== false) metadata.robots = { ...robots };
  return metadata;
}
