/** The quotation marks stripped from either end of a quote span's text. */
export const QUOTATION_MARKS: readonly string[] = [
  '"',
  "\u201c", // “
  "\u201d", // ”
  "\u201e", // „
  "'",
  "\u2018", // ‘
  "\u2019", // ’
  "\u00ab", // «
  "\u00bb", // »
];

/**
 * The words of a quote span as its quote's `text` holds them: the span's
 * plain text, trimmed, with one quotation mark removed from each end where
 * there is one (`"` `“` `”` `„` `'` `‘` `’` `«` `»`), then one trailing comma
 * removed. Validation requires the result to equal the quote's `text`;
 * renderers and data authors use the same function.
 *
 * @example
 * ```ts
 * quoteSpanWords("“We are not sending troops,”"); // "We are not sending troops"
 * quoteSpanWords(plainText(span.children)) === quote.text;
 * ```
 */
export function quoteSpanWords(text: string): string {
  let words = text.trim();
  if (words.length > 0 && QUOTATION_MARKS.includes(words[0]!)) words = words.slice(1);
  if (words.length > 0 && QUOTATION_MARKS.includes(words[words.length - 1]!))
    words = words.slice(0, -1);
  if (words.endsWith(",")) words = words.slice(0, -1);
  return words;
}
