import type { Article } from "../model/article.js";
import type { IssuePath } from "../validate/issue.js";

/** A recommendation for an article that is valid but could be better. */
export interface LintWarning {
  /** The rule that found it: `"missing-date-published"`, … */
  rule: LintRuleName;
  /** Where: the keys and indexes leading to the value (or to where it is missing). */
  path: IssuePath;
  /** What to improve and why, for people. */
  message: string;
}

/** What every rule may look at besides the article, computed once per lint. */
export interface LintContext {
  /** Ids of the entities mentioned (by a `mention` node) in the body or a caption. */
  readonly mentioned: ReadonlySet<string>;
  /** Ids of the entities any field refers to: mentions, authors, speakers, affiliations, … */
  readonly referenced: ReadonlySet<string>;
}

/** One lint rule: a name, a sentence on what it checks, and the check. */
export interface LintRule {
  readonly name: LintRuleName;
  /** What the rule checks and why, as in the README's table. */
  readonly description: string;
  check(article: Article, context: LintContext): LintWarning[];
}

/** The names of the lint rules, in the order they run. */
export const LINT_RULE_NAMES = [
  "missing-url",
  "url-tracking-params",
  "missing-date-published",
  "missing-authors",
  "headline-too-long",
  "missing-description",
  "missing-image",
  "image-missing-url",
  "image-missing-dimensions",
  "image-too-small",
  "entity-no-same-as",
  "entity-unreferenced",
  "speaker-not-mentioned",
] as const;

/** A lint rule's name; see {@link LINT_RULE_NAMES}. */
export type LintRuleName = (typeof LINT_RULE_NAMES)[number];
