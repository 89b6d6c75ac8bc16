import type { Article } from "../model/article.js";
import { forEachReference } from "../model/for-each-reference.js";
import type { LintContext, LintRuleName, LintWarning } from "./lint-rule.js";
import { LINT_RULES } from "./rules.js";

/** Options for {@link lintArticle}. */
export interface LintOptions {
  /** Turn rules off by name (`{ "missing-image": false }`). Default: every rule on. */
  rules?: Partial<Record<LintRuleName, boolean>>;
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
 * useful size, entities that can be identified and are used). Warnings, not
 * errors; in rule order, then document order, so the output is stable.
 *
 * @example
 * ```ts
 * const article = parseArticle(json);
 * for (const w of lintArticle(article)) console.warn(`${formatPath(w.path)}: ${w.message} (${w.rule})`);
 * lintArticle(article, { rules: { "missing-image": false } });
 * ```
 */
export function lintArticle(article: Article, options: LintOptions = {}): LintWarning[] {
  const ctx = context(article);
  const warnings: LintWarning[] = [];
  for (const rule of LINT_RULES) {
    if (options.rules?.[rule.name] === false) continue;
    warnings.push(...rule.check(article, ctx));
  }
  return warnings;
}
