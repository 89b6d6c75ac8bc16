export { MAX_HEADLINE_LENGTH } from "./headline-too-long.js";
export { MIN_IMAGE_PIXELS } from "./image-too-small.js";
export type { LintOptions } from "./lint-article.js";
export { lintArticle } from "./lint-article.js";
export type { LintContext, LintRule, LintRuleName, LintWarning } from "./lint-rule.js";
export { LINT_RULE_NAMES } from "./lint-rule.js";
export { LINT_RULES } from "./rules.js";
