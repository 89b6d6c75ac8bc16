import { checkLintRuleSettings, type LintRuleSettings } from "@newsdoc/core";
import type { ParsedOptions } from "../commands/command-definition.js";
import { UsageError } from "../usage-error.js";

/**
 * The `--rule name=severity` flags (repeatable, or comma-separated:
 * `--rule missing-url=off,missing-image=error`) as lint settings. They win
 * over a config file. A malformed flag, an unknown rule or severity is a
 * usage error that names it.
 */
export function ruleFlags(options: ParsedOptions): LintRuleSettings {
  const value = options.rule;
  if (value === undefined) return {};
  const raw = Array.isArray(value) ? value : [value];
  const settings: Record<string, string> = {};
  for (const item of raw) {
    if (typeof item === "boolean")
      throw new UsageError("--rule needs a value: --rule missing-url=off");
    for (const part of String(item).split(",")) {
      const text = part.trim();
      const eq = text.indexOf("=");
      if (eq <= 0 || eq === text.length - 1) {
        throw new UsageError(
          `--rule takes name=severity (like --rule missing-url=off); got ${JSON.stringify(text)}.`,
        );
      }
      settings[text.slice(0, eq).trim()] = text.slice(eq + 1).trim();
    }
  }
  const problems = checkLintRuleSettings(settings);
  if (problems.length > 0) {
    throw new UsageError(`--rule: ${problems.map((p) => p.message).join(" ")}`);
  }
  return settings as LintRuleSettings;
}
