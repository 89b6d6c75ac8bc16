import type { Article } from "../model/article.js";
import type { IssuePath } from "../validate/issue.js";

/**
 * How much a lint finding matters: `error` fails `newsdoc lint`, `warn`
 * fails it under `--strict`, `info` never fails (a fact a faithful article
 * may not have), `off` does not run the rule.
 */
export type LintSeverity = "error" | "warn" | "info" | "off";

/** The severities, from most to least serious. */
export const LINT_SEVERITIES = [
  "error",
  "warn",
  "info",
  "off",
] as const satisfies readonly LintSeverity[];

/** What a rule reports: where, and what to improve. {@link lintArticle} adds the severity. */
export interface LintFinding {
  /** The rule that found it: `"missing-date-published"`, … */
  rule: LintRuleName;
  /**
   * Where: the keys and indexes leading to the value (or to where it is
   * missing). For a rule that reports many places at once, the first.
   */
  path: IssuePath;
  /** Every place, when the rule reports several at once (one finding per rule per article). */
  paths?: IssuePath[];
  /** What to improve and why, for people. */
  message: string;
}

/** A recommendation for an article that is valid but could be better, with its severity. */
export interface LintWarning extends LintFinding {
  /** The rule's severity for this lint: its default, or what the options set. */
  severity: Exclude<LintSeverity, "off">;
}

/** What every rule may look at besides the article, computed once per lint. */
export interface LintContext {
  /** Ids of the entities mentioned (by a `mention` node) in the body or a caption. */
  readonly mentioned: ReadonlySet<string>;
  /** Ids of the entities any field refers to: mentions, authors, speakers, affiliations, … */
  readonly referenced: ReadonlySet<string>;
}

/** One lint rule: a name, a sentence on what it checks, its default severity and why, and the check. */
export interface LintRule {
  readonly name: LintRuleName;
  /** What the rule checks and why, as in the README's table. */
  readonly description: string;
  /** How much a finding matters unless the options say otherwise. */
  readonly defaultSeverity: Exclude<LintSeverity, "off">;
  /** Why that default: what a faithful article can or cannot do about it. */
  readonly severityReason: string;
  check(article: Article, context: LintContext): LintFinding[];
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
  "pull-quote-not-in-body",
  "video-missing-required",
  "table-without-headers",
] as const;

/** A lint rule's name; see {@link LINT_RULE_NAMES}. */
export type LintRuleName = (typeof LINT_RULE_NAMES)[number];
