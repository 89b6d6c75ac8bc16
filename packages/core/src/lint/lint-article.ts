import type { Article } from "../model/article.js";
import { forEachReference } from "../model/for-each-reference.js";
import type { LintContext, LintWarning } from "./lint-rule.js";
import { checkLintRuleSettings, type LintRuleSettings, severityFor } from "./lint-settings.js";
import { LINT_RULES } from "./rules.js";

/** Options for {@link lintArticle}. */
export interface LintOptions {
  /**
   * Severity per rule (`{ "missing-date-published": "off", "missing-url": "error" }`;
   * `false` is `off`). Default: each rule's `defaultSeverity` (see `LINT_RULES`).
   */
  rules?: LintRuleSettings;
}

function context(article: Article): LintContext {
  const mentioned = new Set<string>();
  const referenced = new Set<string>();
  forEachReference(article, (ref) => {
    if (ref.field.registry !== "entities") return;
    referenced.add(ref.id);
    if (ref.field.mention) mentioned.add(ref.id);
  });
  return { mentioned, referenced };
}

/**
 * Recommendations for a valid article: what Google's Article guidelines and
 * good editing ask for beyond validity (a date, authors, an image of a
 * useful size, entities that can be identified and are used). Each finding
 * carries its rule's severity (`error`, `warn` or `info`; rules set `off`
 * do not run); rules that fire for many entities report once per article,
 * listing them. In rule order, then document order, so the output is
 * stable. Throws a `TypeError` naming the rule when `options.rules` is
 * wrong (an unknown rule, a severity that does not exist).
 *
 * @example
 * ```ts
 * const article = parseArticle(json);
 * for (const w of lintArticle(article)) console.warn(`${formatPath(w.path)}: ${w.message} (${w.rule})`);
 * lintArticle(article, { rules: { "missing-image": "off", "missing-url": "error" } });
 * ```
 */
export function lintArticle(article: Article, options: LintOptions = {}): LintWarning[] {
  const settings = options.rules ?? {};
  if (options.rules !== undefined) {
    const problems = checkLintRuleSettings(options.rules);
    if (problems.length > 0) {
      throw new TypeError(`lintArticle: ${problems.map((p) => p.message).join(" ")}`);
    }
  }
  const ctx = context(article);
  const warnings: LintWarning[] = [];
  for (const rule of LINT_RULES) {
    const severity = severityFor(settings[rule.name], rule.defaultSeverity);
    if (severity === "off") continue;
    for (const finding of rule.check(article, ctx)) warnings.push({ ...finding, severity });
  }
  return warnings;
}
