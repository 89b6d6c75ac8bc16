/**
 * What GitHub's heading anchors (github-slugger) remove: every character
 * that is not a letter, a combining mark, a digit, connector punctuation
 * (`_`), a space or a hyphen.
 */
const REMOVED = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu;

/**
 * The slug of a heading's text by GitHub's rule (the one github-slugger,
 * remark-slug / rehype-slug and GitHub's own Markdown view use): lower-cased,
 * punctuation and symbols removed, each space a hyphen. "What we know — so
 * far" is `what-we-know--so-far`. Not unique by itself: see
 * {@link headingAnchors}. The empty string when nothing is left.
 *
 * @example
 * ```ts
 * headingSlug("Russia's denial"); // "russias-denial"
 * ```
 */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(REMOVED, "").replace(/ /g, "-");
}
