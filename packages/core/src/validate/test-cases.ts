import { expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Person } from "../model/entity.js";
import type { IssueCode, IssuePath } from "./issue.js";
import { safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

/** An article whose nodes can be reached without casts, for making them wrong. */
// biome-ignore lint/suspicious/noExplicitAny: tests write wrong values on purpose.
export type Loose = { [K in keyof Article]: any } & Record<string, any>;

/** Parses `input` and returns its issues as `[code, path]` pairs, in order. */
export function issuesOf(input: unknown): [IssueCode, IssuePath][] {
  const result = safeParseArticle(input);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.code, i.path]);
}

/** A valid article with one change made by `change`. */
export function withChange(change: (a: Loose) => void): unknown {
  const article = validArticle() as Loose;
  change(article);
  return article;
}

/** The person with that id in the article. */
export const person = (a: Article, id: string) => a.entities.find((e) => e.id === id) as Person;

/** A test case: its name, the change to a valid article, the `[code, path]` issues expected. */
export type Case = [string, (a: Loose) => void, [IssueCode, IssuePath][]];

/** One test per case: the changed article gets exactly the expected issues from `parseArticle`. */
export function runCases(cases: Case[]): void {
  it.each(cases)("reports %s", (_name, change, expected) => {
    expect(issuesOf(withChange(change))).toEqual(expected);
  });
}
