import type { Article } from "../model/article.js";
import { checkAuthors } from "./check-authors.js";
import { checkDateOrder } from "./check-date-order.js";
import { checkDuplicateIds } from "./check-duplicate-ids.js";
import { checkPublishing } from "./check-publishing.js";
import { checkQuoteSpans } from "./check-quote-spans.js";
import { checkQuoteStances } from "./check-quote-stances.js";
import { checkReferenceCycles } from "./check-reference-cycles.js";
import { checkReferences } from "./check-references.js";
import type { ValidationIssue } from "./issue.js";

/** The checks that need the whole document, in the order their issues are reported. */
const CHECKS: readonly ((article: Article) => ValidationIssue[])[] = [
  checkDuplicateIds,
  checkReferences,
  checkReferenceCycles,
  checkQuoteStances,
  checkQuoteSpans,
  checkDateOrder,
  checkAuthors,
  checkPublishing,
];

/** Runs every meaning check on an article of the right shape. */
export function checkMeaning(article: Article): ValidationIssue[] {
  return CHECKS.flatMap((check) => check(article));
}
