/**
 * The class names the HTML renderer writes, without their prefix. Stable:
 * renaming one is a breaking change. The rendered name is
 * `options.classPrefix` (default `"nd-"`) + the value.
 */
export const CLASS_NAMES = Object.freeze({
  /** `<article>`, the root of the fragment. */
  article: "article",
  /** `<header>` holding headline, dek, byline and dates. */
  header: "header",
  /** `<h1>` headline. */
  headline: "headline",
  /** `<p>` dek (the alternative headline). */
  dek: "dek",
  /** `<p>` byline. */
  byline: "byline",
  /** An author in the byline (`<a>` or `<span>`, with `data-entity`). */
  author: "author",
  /** `<p>` holding the publication and modification dates. */
  dateline: "dateline",
  /** `<time>` of publication. */
  published: "published",
  /** `<time>` of the last modification. */
  modified: "modified",
  /** `<figure>` of an image, lead or in the body. */
  figure: "figure",
  /** Added to the lead image's `<figure>`. */
  lead: "lead",
  /** `<img>`. */
  image: "image",
  /** `<figcaption>` of an image. */
  caption: "caption",
  /** `<small>` credit line inside a caption. */
  credit: "credit",
  /** `<div>` holding the body's blocks. */
  body: "body",
  /** `<blockquote>`. */
  blockquote: "blockquote",
  /** `<figure>` around a blockquote whose quote is known, to hold its attribution. */
  quotation: "quotation",
  /** `<figcaption>` attribution of a blockquote. */
  attribution: "attribution",
  /** A mention of an entity (`<a>` or `<span>`, with `data-entity`). */
  mention: "mention",
  /** An inline quote span (`<span>` with `data-quote` and `data-speaker`). */
  quote: "quote",
  /** `<aside>` of an appendix. */
  appendix: "appendix",
  /** Added to the "Who said what" appendix. */
  quotes: "quotes",
  /** Added to the claims appendix. */
  claims: "claims",
  /** `<dt>` speaker in the "Who said what" appendix. */
  speaker: "speaker",
  /** `<dd>` one quote in the "Who said what" appendix (with `data-quote`, `data-mode`). */
  quoteEntry: "quote-entry",
  /** `<span>` how, where and when a quote was said, in the appendix. */
  quoteMeta: "quote-meta",
  /** `<table>` of one claim's stances (with `data-claim`). */
  claim: "claim",
}) satisfies Readonly<Record<string, string>>;

/** A key of {@link CLASS_NAMES}. */
export type ClassNameKey = keyof typeof CLASS_NAMES;

/** Every class name with its prefix applied. */
export type ClassNames = Readonly<Record<ClassNameKey, string>>;

const PREFIX = /^(?:-?[A-Za-z_][A-Za-z0-9_-]*)?$/;
const cache = new Map<string, ClassNames>();

/**
 * The class names with `prefix` applied, computed once per prefix.
 * Throws a `TypeError` when the prefix is not a safe start of a CSS
 * identifier (letters, digits, `_`, `-`, not starting with a digit).
 *
 * @example
 * ```ts
 * classNames("nd-").mention; // "nd-mention"
 * classNames("news__").quote; // "news__quote"
 * ```
 */
export function classNames(prefix: string): ClassNames {
  const cached = cache.get(prefix);
  if (cached) return cached;
  if (typeof prefix !== "string" || !PREFIX.test(prefix)) {
    throw new TypeError(
      `options.classPrefix must be a CSS identifier prefix (letters, digits, "_" and "-", not starting with a digit or "--"), got ${JSON.stringify(prefix)}. Example: "nd-" or "article__".`,
    );
  }
  const names = Object.fromEntries(
    Object.entries(CLASS_NAMES).map(([key, name]) => [key, prefix + name]),
  ) as unknown as ClassNames;
  if (cache.size < 64) cache.set(prefix, Object.freeze(names));
  return names;
}
