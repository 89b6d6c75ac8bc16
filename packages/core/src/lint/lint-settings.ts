import { closest } from "../validate/suggest.js";
import {
  LINT_RULE_NAMES,
  LINT_SEVERITIES,
  type LintRuleName,
  type LintSeverity,
} from "./lint-rule.js";

/**
 * Per-rule severities: `{ "missing-date-published": "off", "missing-url": "error" }`.
 * `true` means the rule's default severity and `false` means `off` (the
 * form earlier versions took).
 */
export type LintRuleSettings = Partial<Record<LintRuleName, LintSeverity | boolean>>;

/** One thing wrong with a rule setting: where it is and a sentence saying how to fix it. */
export interface LintSettingProblem {
  /** The rule name as written (`"missing-dat"`), or `undefined` when the settings are not an object. */
  readonly rule: string | undefined;
  readonly message: string;
}

const RULES: ReadonlySet<string> = new Set(LINT_RULE_NAMES);
const SEVERITIES: ReadonlySet<unknown> = new Set([...LINT_SEVERITIES, true, false]);

/**
 * Checks rule settings from a config file, a CLI flag or JavaScript: every
 * key a rule name, every value a severity. Returns the problems (empty when
 * the settings are fine), each naming the rule and the closest correct name
 * or the allowed values.
 *
 * @example
 * ```ts
 * checkLintRuleSettings({ "missing-dat": "off" });
 * // [{ rule: "missing-dat", message: 'Unknown lint rule "missing-dat": did you mean "missing-date-published"? …' }]
 * ```
 */
export function checkLintRuleSettings(settings: unknown): LintSettingProblem[] {
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    return [
      {
        rule: undefined,
        message: `Lint rule settings must be an object of rule name → severity, like { "missing-url": "off" }; got ${settings === null ? "null" : Array.isArray(settings) ? "an array" : typeof settings}.`,
      },
    ];
  }
  const problems: LintSettingProblem[] = [];
  for (const [rule, value] of Object.entries(settings)) {
    if (!RULES.has(rule)) {
      const near = closest(rule, LINT_RULE_NAMES);
      problems.push({
        rule,
        message: `Unknown lint rule ${JSON.stringify(rule)}${near ? `: did you mean ${JSON.stringify(near)}?` : "."} The rules are ${LINT_RULE_NAMES.join(", ")}.`,
      });
    } else if (!SEVERITIES.has(value)) {
      problems.push({
        rule,
        message: `Lint rule ${JSON.stringify(rule)} is set to ${JSON.stringify(value) ?? String(value)}; use one of ${LINT_SEVERITIES.map((s) => JSON.stringify(s)).join(", ")}.`,
      });
    }
  }
  return problems;
}

/** The severity a rule runs at: the setting's, or the rule's default. */
export function severityFor(
  setting: LintSeverity | boolean | undefined,
  defaultSeverity: Exclude<LintSeverity, "off">,
): LintSeverity {
  if (setting === undefined || setting === true) return defaultSeverity;
  if (setting === false) return "off";
  return setting;
}
