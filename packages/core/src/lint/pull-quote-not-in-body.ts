import { visitByType } from "../model/visit.js";
import type { LintFinding, LintRule } from "./lint-rule.js";

/**
 * `pull-quote-not-in-body`: a pull quote shows a quote that no quote span
 * or blockquote of the body carries. Renderers hide pull quotes from screen
 * readers (they repeat the text), so those readers would never hear the
 * words.
 */
export const pullQuoteNotInBody: LintRule = {
  name: "pull-quote-not-in-body",
  description:
    "A pull quote shows a quote that no quote span or blockquote in the body carries. Pull quotes are hidden from screen readers because they repeat the text, so those readers would miss the words.",
  defaultSeverity: "warn",
  severityReason:
    "The words reach sighted readers only; the fix is a quote span (or blockquote) where the body reports the quote.",
  check: (article) => {
    const carried = new Set<string>();
    const pulls: { quote: string; path: (string | number)[] }[] = [];
    visitByType(article.body, {
      quote: (span) => void carried.add(span.quote),
      blockquote: (block) => void (block.quote !== undefined && carried.add(block.quote)),
      pullQuote: (pull, at) => void pulls.push({ quote: pull.quote, path: ["body", ...at.path()] }),
    });
    const findings: LintFinding[] = [];
    for (const pull of pulls) {
      if (carried.has(pull.quote)) continue;
      findings.push({
        rule: "pull-quote-not-in-body",
        path: [...pull.path, "quote"],
        message: `The pull quote shows quote ${JSON.stringify(pull.quote)}, which no quote span or blockquote in the body carries: screen readers skip pull quotes, so those readers never hear it. Mark the passage that reports it with a quote span.`,
      });
    }
    return findings;
  },
};
