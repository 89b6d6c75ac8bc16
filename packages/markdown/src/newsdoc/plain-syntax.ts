/**
 * The parts of newsdoc Markdown that a plain CommonMark reader shows as
 * the words they carry (see "Writing an article"):
 *
 * - a mention is a full reference link whose label is `@` + the entity id,
 *   `[Vladimir Putin][@putin]`, defined at the end of the document
 *   (`[@putin]: https://…`, the entity's URL) so that any reader shows a
 *   link with those words; newsdoc reads the id from the label and ignores
 *   the destination;
 * - a quote span is `<span data-quote="id">…</span>`, the same element
 *   newsdoc's HTML renderer writes: plain readers pass it through (or drop
 *   the tags) and show the words; Markdown inside it stays Markdown, so a
 *   mention can sit in a quote span;
 * - a heading's explicit id is `<a id="id"></a>` at its start, the anchor
 *   idiom plain viewers and GitHub link to.
 *
 * Ids that these forms cannot carry verbatim fall back to the directives
 * (`:mention[…]{#id}`, `:quote[…]{#id}`), which the reader also accepts.
 */

/** The first character of a mention's reference label: `[words][@id]`. */
export const MENTION_LABEL = "@";

/** The attribute that names a quote span's quote: `<span data-quote="id">`. */
export const QUOTE_ATTRIBUTE = "data-quote";

// Ids written verbatim in a reference label or an attribute value: no
// brackets, backslashes, quotes, `&` or whitespace, which the label or the
// value would escape, decode or normalise (labels fold case, but the reader
// takes the id from the label as written, not from its normalised form).
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/;

// CommonMark link labels hold at most 999 characters.
const LABEL_MAX = 999;

/** Whether `id` can be written as `[words][@id]` or `data-quote="id"`. */
export function isPlainId(id: string): boolean {
  return id.length < LABEL_MAX - MENTION_LABEL.length && PLAIN_ID.test(id);
}

/** `<span data-quote="id">`. */
export function quoteOpenTag(id: string): string {
  return `<span ${QUOTE_ATTRIBUTE}="${id}">`;
}

/** `</span>`. */
export const QUOTE_CLOSE_TAG = "</span>";

/**
 * The quote id of a `<span data-quote="id">` open tag (an inline HTML node's
 * value, one tag as micromark cut it), `undefined` for any other HTML.
 * Only the forms {@link isPlainId} allows are read: nothing to decode.
 */
export function quoteIdOfTag(html: string): string | undefined {
  const match = /^<span\s+data-quote\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))\s*>$/i.exec(html);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3];
}

/** `<a id="id">`: a heading's explicit anchor, written first in it (an {@link isPlainId} id). */
export function anchorOpenTag(id: string): string {
  return `<a id="${id}">`;
}

/** `</a>`, right after {@link anchorOpenTag}. */
export const ANCHOR_CLOSE_TAG = "</a>";

/**
 * The id of an `<a id="id">` open tag (an inline HTML node's value),
 * `undefined` for any other HTML. Only {@link isPlainId} forms are read.
 */
export function anchorIdOfTag(html: string): string | undefined {
  const match = /^<a\s+id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))\s*>$/i.exec(html);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3];
}

/** Whether an inline HTML node's value is `</a>`. */
export function isAnchorClose(html: string): boolean {
  return /^<\/a\s*>$/i.test(html);
}

/** Whether an inline HTML node's value is `</span>`. */
export function isSpanClose(html: string): boolean {
  return /^<\/span\s*>$/i.test(html);
}

/** Whether an inline HTML node's value opens any `<span …>` (for nesting). */
export function isSpanOpen(html: string): boolean {
  return /^<span(?:\s[^>]*)?>$/i.test(html);
}

const REFERENCE = /\]\[@([^\][\\\s]*)\]/g;

/**
 * Definitions for every `[…][@id]` in the source, appended by the reader
 * so that a hand-written file need not define its mention labels (a
 * definition written in the file comes first and wins). Empty when the
 * source has none.
 */
export function mentionDefinitions(source: string): string {
  if (!source.includes("][@")) return "";
  const labels = new Set<string>();
  for (const match of source.matchAll(REFERENCE)) labels.add(match[1]!);
  let out = "";
  for (const label of labels) out += `\n[@${label}]: #`;
  return out === "" ? "" : `\n\n${out.slice(1)}\n`;
}
