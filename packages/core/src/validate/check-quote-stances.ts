import type { Article } from "../model/article.js";
import type { ValidationIssue } from "./issue.js";

/** `incomplete_stance`: a quote's `claim` and `stance` come together or not at all. */
export function checkQuoteStances(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  article.quotes.forEach((q, i) => {
    if (q.claim !== undefined && q.stance === undefined) {
      issues.push({
        path: ["quotes", i, "claim"],
        code: "incomplete_stance",
        message: `The quote names the claim it takes a side on but not the side. Add "stance" ("asserts", "denies", "neither" or "cannotVerify"), or remove "claim".`,
      });
    } else if (q.stance !== undefined && q.claim === undefined) {
      issues.push({
        path: ["quotes", i, "stance"],
        code: "incomplete_stance",
        message: `The quote takes a stance but does not say on which claim. Add "claim" (a claim id), or remove "stance".`,
      });
    }
  });
  return issues;
}
