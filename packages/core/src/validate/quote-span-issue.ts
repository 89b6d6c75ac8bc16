import { plainText } from "../kit/plain-text.js";
import { quoteSpanWords, quoteWordsKey } from "../kit/quote-span-words.js";
import type { Inline } from "../model/inline.js";
import { describeDifference } from "./describe-difference.js";
import { quoteText } from "./describe-value.js";
import { type IssueOf, type IssuePath, issue } from "./issue.js";
import type { RegistryIndex } from "./registry-index.js";

/**
 * `quote_text_mismatch`: the words of an inline quote span, as
 * `quoteSpanWords` reads them, are its quote's `text` (compared in
 * `quoteWordsKey` form, so sentence punctuation inside or outside the marks
 * is fair either way). Spans whose quote does not exist are left to
 * `unknown_reference`; a quote without a string `text` to the schema.
 */
export function quoteSpanIssue(
  span: Readonly<Record<string, unknown>>,
  path: IssuePath,
  index: RegistryIndex,
): IssueOf<"quote_text_mismatch"> | undefined {
  if (typeof span.quote !== "string" || !Array.isArray(span.children)) return undefined;
  const found = index.quotes.get(span.quote);
  const text = found?.item.text;
  if (found === undefined || typeof text !== "string") return undefined;
  const words = quoteSpanWords(plainText(span.children as Inline[]));
  const spanKey = quoteWordsKey(words);
  const textKey = quoteWordsKey(text);
  if (spanKey === textKey) return undefined;
  const quotePath: IssuePath = ["quotes", found.index, "text"];
  const { offset, sentence } = describeDifference(spanKey, textKey, {
    a: "the span",
    b: "the quote",
  });
  return issue(
    "quote_text_mismatch",
    path.slice(),
    `The span's words do not match the text of quote ${quoteText(span.quote)} (quotes[${found.index}].text). ${sentence} Make them equal: around the words, the span may add only quotation marks (straight or curly) and a comma or full stop on either side of the closing mark.`,
    { quote: span.quote, spanWords: words, quoteText: text, offset, quotePath },
  );
}
