export { MAX_HEADLINE_LENGTH } from "./headline-too-long.js";
export { MIN_IMAGE_PIXELS } from "./image-too-small.js";
export type { LintOptions } from "./lint-article.js";
export { lintArticle } from "./lint-article.js";
export type {
  LintContext,
  LintFinding,
  LintRule,
  LintRuleName,
  LintSeverity,
  LintWarning,
} from "./lint-rule.js";
export { LINT_RULE_NAMES, LINT_SEVERITIES } from "./lint-rule.js";
export type { LintRuleSettings, LintSettingProblem } from "./lint-settings.js";
export { checkLintRuleSettings } from "./lint-settings.js";
export { LINT_RULES } from "./rules.js";
