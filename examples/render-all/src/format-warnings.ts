import { formatPath } from "./format-path.js";

/** A lint finding, as `lintArticle` reports it. */
export interface Warning {
  rule: string;
  severity: "error" | "warn" | "info";
  path: readonly (string | number)[];
  message: string;
}

/**
 * Lint findings as terminal lines: the severity, where, what, and the rule.
 * `lintArticle` already reports a rule that fires for many entities once,
 * listing them, so the list stays a handful of lines.
 *
 * @example
 * ```ts
 * formatWarnings(lintArticle(article));
 * // ["info  url: No canonical url: … [missing-url]", "warn  description: No description: … [missing-description]", …]
 * ```
 */
export function formatWarnings(warnings: readonly Warning[]): string[] {
  return warnings.map(
    (w) => `${w.severity.padEnd(5)} ${formatPath(w.path)}: ${w.message} [${w.rule}]`,
  );
}

/** The heading over the findings: `Lint: 1 warning, 6 info` (errors first), or `Lint: nothing to improve`. */
export function lintHeading(warnings: readonly Warning[]): string {
  const count = (severity: Warning["severity"]) =>
    warnings.filter((w) => w.severity === severity).length;
  const parts = [
    [count("error"), "error", "errors"],
    [count("warn"), "warning", "warnings"],
    [count("info"), "info", "info"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length === 0 ? "Lint: nothing to improve" : `Lint: ${said.join(", ")}`;
}
