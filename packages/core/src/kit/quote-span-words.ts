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

/** Punctuation that belongs to the surrounding sentence, not to the quoted words. */
const SENTENCE_PUNCTUATION = [",", "."];

const isMark = (char: string | undefined) => char !== undefined && QUOTATION_MARKS.includes(char);

/**
 * The words of a quote span as its quote's `text` holds them: the span's
 * plain text, trimmed; a comma or full stop *after* the closing mark dropped
 * (British placement: `“words”,`); one quotation mark removed from each end
 * where there is one (`"` `“` `”` `„` `'` `‘` `’` `«` `»`, straight and curly
 * alike, in any pairing); then one trailing comma removed (American
 * placement: `“words,”`). Compare with a quote's text through
 * {@link spanMatchesQuote}, as validation does.
 *
 * @example
 * ```ts
 * quoteSpanWords("“We are not sending troops,”"); // "We are not sending troops"
 * quoteSpanWords("“We are not sending troops”,"); // "We are not sending troops"
 * ```
 */
export function quoteSpanWords(text: string): string {
  let words = text.trim();
  const last = words.length - 1;
  if (SENTENCE_PUNCTUATION.includes(words[last]!) && isMark(words[last - 1]))
    words = words.slice(0, -1);
  if (isMark(words[0])) words = words.slice(1);
  if (isMark(words[words.length - 1])) words = words.slice(0, -1);
  if (words.endsWith(",")) words = words.slice(0, -1);
  return words;
}

/**
 * The form in which a span's words and a quote's text are compared: one
 * trailing comma or full stop dropped, since a quote's `text` may keep the
 * punctuation the sentence puts inside the marks (`"Until … hypothetically,"`)
 * or leave it out.
 *
 * @example
 * ```ts
 * quoteWordsKey("hypothetically,") === quoteWordsKey("hypothetically"); // true
 * ```
 */
export function quoteWordsKey(words: string): string {
  return SENTENCE_PUNCTUATION.includes(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

/**
 * True when the plain text of a quote span carries the quote's `text`:
 * `quoteWordsKey(quoteSpanWords(spanText)) === quoteWordsKey(quoteText)`.
 * This is the rule validation enforces (`quote_text_mismatch`).
 *
 * @example
 * ```ts
 * spanMatchesQuote("“We are not sending troops,”", "We are not sending troops"); // true
 * spanMatchesQuote("‘hypothetically’,", "hypothetically,"); // true
 * ```
 */
export function spanMatchesQuote(spanText: string, quoteText: string): boolean {
  return quoteWordsKey(quoteSpanWords(spanText)) === quoteWordsKey(quoteText);
}
