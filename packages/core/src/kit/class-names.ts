/**
 * The class names the HTML renderer writes, without their prefix, by key.
 * Stable: renaming one is a breaking change.
 */
export interface ClassNameTable {
  /** `<article>`, the root of the fragment. */
  readonly article: "article";
  /** `<header>` holding headline, dek, byline and dates. */
  readonly header: "header";
  /** `<h1>` headline. */
  readonly headline: "headline";
  /** `<p>` dek (the alternative headline). */
  readonly dek: "dek";
  /** `<p>` byline. */
  readonly byline: "byline";
  /** An author in the byline (`<a>` or `<span>`, with `data-entity`). */
  readonly author: "author";
  /** `<p>` holding the publication and modification dates. */
  readonly dateline: "dateline";
  /** `<time>` of publication. */
  readonly published: "published";
  /** `<time>` of the last modification. */
  readonly modified: "modified";
  /** `<figure>` of an image, lead or in the body. */
  readonly figure: "figure";
  /** Added to the lead image's `<figure>`. */
  readonly lead: "lead";
  /** `<img>`. */
  readonly image: "image";
  /** `<figcaption>` of an image. */
  readonly caption: "caption";
  /** `<small>` credit line inside a caption. */
  readonly credit: "credit";
  /** `<div>` holding the body's blocks. */
  readonly body: "body";
  /** `<blockquote>`. */
  readonly blockquote: "blockquote";
  /** `<figure>` around a blockquote whose quote is known, to hold its attribution. */
  readonly quotation: "quotation";
  /** `<figcaption>` attribution of a blockquote. */
  readonly attribution: "attribution";
  /** A mention of an entity (`<a>` or `<span>`, with `data-entity`). */
  readonly mention: "mention";
  /** An inline quote span (`<span>` with `data-quote` and `data-speaker`). */
  readonly quote: "quote";
  /** `<aside>` of an appendix. */
  readonly appendix: "appendix";
  /** Added to the "Who said what" appendix. */
  readonly quotes: "quotes";
  /** Added to the claims appendix. */
  readonly claims: "claims";
  /** `<dt>` speaker in the "Who said what" appendix. */
  readonly speaker: "speaker";
  /** `<dd>` one quote in the "Who said what" appendix (with `data-quote`, `data-mode`). */
  readonly quoteEntry: "quote-entry";
  /** `<span>` how, where and when a quote was said, in the appendix. */
  readonly quoteMeta: "quote-meta";
  /** `<table>` of one claim's stances (with `data-claim`). */
  readonly claim: "claim";
  /** `<div>` around the body blocks behind the paywall (named by the JSON-LD `hasPart.cssSelector`). */
  readonly paywalled: "paywalled";
  /** `<p>` with the place the article was reported from (its dateline). */
  readonly location: "location";
  /** `<aside>` with the article's corrections. */
  readonly corrections: "corrections";
  /** `<aside>` with the article's backstory. */
  readonly backstory: "backstory";
  /** `<figure>` of an embed (with `data-provider`). */
  readonly embed: "embed";
  /** `<a>` to an embedded item's own page. */
  readonly embedLink: "embed-link";
  /** `<p>` standing in for an embed's content (its `fallback`). */
  readonly embedFallback: "embed-fallback";
  /** `<iframe>` of an allowed provider's embed. */
  readonly embedFrame: "embed-frame";
  /** `<figure>` of a video. */
  readonly video: "video";
  /** `<figure>` of an audio clip. */
  readonly audio: "audio";
  /** `<span>` title of a video or audio in its caption. */
  readonly mediaTitle: "media-title";
  /** `<details>` holding a video's or audio's transcript. */
  readonly transcript: "transcript";
  /** `<aside>` of a body `aside` node (a factbox, a sidebar); also the start of its title's id. */
  readonly aside: "aside";
  /** The heading that titles (and labels) an aside. */
  readonly asideTitle: "aside-title";
  /** `<aside role="presentation" aria-hidden="true">` of a pull quote (with `data-quote`). */
  readonly pullQuote: "pull-quote";
  /** `<div role="note">` of an editor's note in the body. */
  readonly editorsNote: "editors-note";
  /** `<div role="note">` of a correction notice in the body. */
  readonly correction: "correction";
  /** `<span>` with the label of a body notice ("Editor's note", "Correction"). */
  readonly noticeLabel: "notice-label";
}

/** A key of {@link CLASS_NAMES}. */
export type ClassNameKey = keyof ClassNameTable;

/** Every class name with its prefix applied. */
export type ClassNames = Readonly<Record<ClassNameKey, string>>;

// The table as one string: the key is the name in camelCase ("quote-entry" → quoteEntry).
const NAMES =
  "article header headline dek byline author dateline published modified figure lead image caption credit body blockquote quotation attribution mention quote appendix quotes claims speaker quote-entry quote-meta claim paywalled location corrections backstory aside aside-title pull-quote editors-note correction notice-label embed embed-link embed-fallback embed-frame video audio media-title transcript";

function table(prefix: string): ClassNames {
  const names: Record<string, string> = {};
  for (const name of NAMES.split(" ")) {
    names[name.replace(/-(.)/g, (_, c: string) => c.toUpperCase())] = prefix + name;
  }
  return Object.freeze(names) as ClassNames;
}

/**
 * The class names the HTML renderer writes, without their prefix (see
 * {@link ClassNameTable} for what each marks). The rendered name is
 * `options.classPrefix` (default `"nd-"`) + the value.
 */
export const CLASS_NAMES: Readonly<ClassNameTable> = /* @__PURE__ */ table(
  "",
) as Readonly<ClassNameTable>;

const PREFIX = /^(?:-?[A-Za-z_][A-Za-z0-9_-]*)?$/;
const cache = new Map<string, ClassNames>([["", CLASS_NAMES]]);

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
  let names = cache.get(prefix);
  if (names) return names;
  if (typeof prefix !== "string" || !PREFIX.test(prefix)) {
    throw new TypeError(
      `options.classPrefix must be a CSS identifier prefix (letters, digits, "_", "-"; not starting with a digit or "--"), got ${JSON.stringify(prefix)}. Example: "nd-".`,
    );
  }
  names = table(prefix);
  if (cache.size < 64) cache.set(prefix, names);
  return names;
}
