import { plainText } from "../kit/plain-text.js";
import { quoteSpanWords } from "../kit/quote-span-words.js";
import type { Article } from "../model/article.js";
import type { Quote } from "../model/quote.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";
import { walkInline } from "./walk-inline.js";

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * `quote_text_mismatch`: the words of every inline quote span, as
 * {@link quoteSpanWords} reads them, are exactly its quote's `text`. Spans
 * whose quote does not exist are left to `unknown_reference`.
 */
export function checkQuoteSpans(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const quotes = new Map<string, [Quote, number]>();
  article.quotes.forEach((q, i) => {
    if (!quotes.has(q.id)) quotes.set(q.id, [q, i]);
  });
  walkInline(article, (node, path) => {
    if (node.type !== "quote") return;
    const found = quotes.get(node.quote);
    if (!found) return;
    const [quote, i] = found;
    const words = quoteSpanWords(plainText(node.children));
    if (words === quote.text) return;
    const at = firstDifference(words, quote.text);
    issues.push({
      path,
      code: "quote_text_mismatch",
      message: `The span's words ${quoteText(words, 80)} do not match the text of quote ${quoteText(quote.id)} (quotes[${i}].text: ${quoteText(quote.text, 80)}); they first differ at character ${at}. Make them equal: the span may add only surrounding quotation marks and a trailing comma.`,
    });
  });
  return issues;
}
