import { issue, type ValidationIssue } from "./issue.js";

/** `incomplete_stance`: a quote's `claim` and `stance` come together or not at all. */
export function checkQuoteStances(article: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const quotes = article.quotes;
  if (!Array.isArray(quotes)) return issues;
  quotes.forEach((q: unknown, i) => {
    if (typeof q !== "object" || q === null) return;
    const { claim, stance } = q as { claim?: unknown; stance?: unknown };
    if (claim !== undefined && stance === undefined) {
      issues.push(
        issue(
          "incomplete_stance",
          ["quotes", i, "claim"],
          `The quote names the claim it takes a side on but not the side. Add "stance" ("asserts", "denies", "neither" or "cannotVerify"), or remove "claim".`,
          { missing: "stance" },
        ),
      );
    } else if (stance !== undefined && claim === undefined) {
      issues.push(
        issue(
          "incomplete_stance",
          ["quotes", i, "stance"],
          `The quote takes a stance but does not say on which claim. Add "claim" (a claim id), or remove "stance".`,
          { missing: "claim" },
        ),
      );
    }
  });
  return issues;
}
