import type { Article } from "../model/article.js";
import { checkAnchors } from "./check-anchors.js";
import { checkAuthors } from "./check-authors.js";
import { checkBodyNotices } from "./check-body-notices.js";
import { checkDateOrder } from "./check-date-order.js";
import { checkEmbeds } from "./check-embeds.js";
import { checkMedia } from "./check-media.js";
import { checkPublishing } from "./check-publishing.js";
import { checkQuoteStances } from "./check-quote-stances.js";
import { checkReferenceCycles } from "./check-reference-cycles.js";
import { checkTables } from "./check-tables.js";
import type { IssuePath, ValidationIssue } from "./issue.js";
import { quoteSpanIssue } from "./quote-span-issue.js";
import { referenceIssue } from "./reference-issue.js";
import { walkReferences } from "./references.js";
import { indexRegistries } from "./registry-index.js";

/**
 * The paths the schema reported; a meaning issue at, above or below one is
 * left out (a quote span with a malformed child is not compared; a date the
 * schema rejected is not ordered).
 */
export class ShapeProblems {
  private readonly paths: readonly IssuePath[];

  constructor(issues: readonly ValidationIssue[]) {
    this.paths = issues.map((i) => i.path);
  }

  /** True when a reported path is a prefix of `path` or `path` of it. */
  touches(path: IssuePath): boolean {
    for (const other of this.paths) {
      const n = Math.min(other.length, path.length);
      let i = 0;
      while (i < n && other[i] === path[i]) i++;
      if (i === n) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.paths.length === 0;
  }
}

const NONE = new ShapeProblems([]);

/**
 * Runs every meaning check — duplicate ids, references, reference cycles,
 * quote stances, quote spans, date order — over every well-formed part of
 * `input`: a parsed article, or input the schema rejected with `shape`
 * issues (then parts that are not of the right shape are skipped, and
 * nothing is reported where the schema already did). One walk over the
 * body: references and spans are checked as they are met, and a path is
 * copied only for an issue. Issues come grouped by check, in that order.
 */
export function checkMeaning(input: unknown, shape: ShapeProblems = NONE): ValidationIssue[] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return [];
  const article = input as Record<string, unknown>;
  const { index, issues: duplicates } = indexRegistries(article);
  const references: ValidationIssue[] = [];
  const spans: ValidationIssue[] = [];
  walkReferences(article, {
    reference(site, id, path) {
      const found = referenceIssue(site, id, path, index);
      if (found) references.push(found);
    },
    quoteSpan(span, path) {
      if (!shape.empty && shape.touches(path)) return;
      const found = quoteSpanIssue(span, path, index);
      if (found && (shape.empty || !shape.touches(found.params.quotePath))) spans.push(found);
    },
  });
  const all = [
    ...duplicates,
    ...references,
    ...checkReferenceCycles(index),
    ...checkQuoteStances(article),
    ...spans,
    ...checkDateOrder(article),
  ];
  // The publishing checks read a whole, well-formed article: they report
  // once the schema has nothing left to say.
  if (shape.empty) {
    all.push(
      ...checkAuthors(article as unknown as Article),
      ...checkPublishing(article as unknown as Article),
      ...checkAnchors(article as unknown as Article),
      ...checkEmbeds(article as unknown as Article),
      ...checkMedia(article as unknown as Article),
      ...checkBodyNotices(article as unknown as Article),
      ...checkTables(article as unknown as Article),
    );
    return all;
  }
  const datesOk = !shape.touches(["datePublished"]);
  return all.filter((i) => !shape.touches(i.path) && (i.code !== "date_order" || datesOk));
}
