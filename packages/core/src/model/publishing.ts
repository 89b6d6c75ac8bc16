/**
 * What a publisher adds to an article beyond its text: who may read it, the
 * corrections it carries, its translations and where it sits on the site.
 */

/** Who may read the article: everyone, subscribers only, or a few free articles a month. */
export type AccessKind = "free" | "subscription" | "metered";

/** The access kinds, in a stable order. */
export const ACCESS_KINDS = [
  "free",
  "subscription",
  "metered",
] as const satisfies readonly AccessKind[];

/**
 * Who may read the article and which part is behind the paywall. For
 * `subscription` and `metered`, the body's first `freeBlocks` blocks are
 * shown to everyone and the rest is paywalled: the HTML marks those blocks
 * with a class that the JSON-LD names in `hasPart.cssSelector`, so that
 * search engines do not take the hidden part for cloaking.
 */
export interface Access {
  kind: AccessKind;
  /** How many leading body blocks everyone may read. Default `0` (all paywalled); only for `subscription` and `metered`. */
  freeBlocks?: number;
}

/** A correction the article carries: when it was made and what it says. */
export interface Correction {
  /** ISO 8601 date-time with offset, not before `datePublished`. */
  date: string;
  /** The correction notice as the reader sees it ("An earlier version misspelt…"). */
  text: string;
}

/** The same article in another language. */
export interface Translation {
  /** BCP 47 language tag of the translation. */
  language: string;
  /** Its URL (absolute http(s)). */
  url: string;
}

/** One step of the article's section path on the site (`News › World`). */
export interface SectionLink {
  name: string;
  /** The section's page (absolute http(s) URL). */
  url: string;
}

/** One file of an image at one size: the same picture cropped or scaled. */
export interface ImageRendition {
  /** The file (absolute http(s) URL). */
  url: string;
  /** Pixel width. */
  width: number;
  /** Pixel height. */
  height: number;
}
