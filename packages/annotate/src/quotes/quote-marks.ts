/**
 * The quotation marks annotate pairs: each opening mark and the marks that
 * may close it. Straight, curly and low-9 double quotes, single curly and
 * straight quotes, and guillemets both ways (`«…»` French/Russian/Norwegian,
 * `»…«` German/Danish, `»…»` Swedish/Finnish), German `„…“` and Swedish `”…”`.
 */
export const QUOTE_PAIRS: Readonly<Record<string, readonly string[]>> = {
  '"': ['"'],
  // “…” (and “…“ as some typesetting prints it, and “…" as hurried typing does)
  "\u201c": ["\u201d", "\u201c", '"'],
  "\u201e": ["\u201c", "\u201d", '"'], // „…“ German, „…” Polish/Hungarian
  "\u201d": ["\u201d"], // ”…” Swedish/Finnish
  "\u2018": ["\u2019"], // ‘…’
  "'": ["'"],
  "\u00ab": ["\u00bb"], // «…»
  "\u00bb": ["\u00ab", "\u00bb"], // »…« and »…»
};

/** Every character that can open or close a quotation. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set([
  ...Object.keys(QUOTE_PAIRS),
  ...Object.values(QUOTE_PAIRS).flat(),
]);

/** Single marks: also apostrophes, so they never close past a double quotation. */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", "\u2018", "\u2019"]);

/** The double quotation marks: `"`, `“`, `”`, `„`. The eval and the review count these. */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', "\u201c", "\u201d", "\u201e"]);
