import { formatPath } from "./format-path.js";

/** A lint warning, as `lintArticle` reports it. */
export interface Warning {
  rule: string;
  path: readonly (string | number)[];
  message: string;
}

/**
 * Lint warnings as terminal lines, grouped by rule in order of first
 * appearance: at most `perRule` lines for each rule, then one line saying
 * how many more there are (so one rule that fires 20 times does not bury
 * the others).
 *
 * @example
 * ```ts
 * formatWarnings(lintArticle(article), 2);
 * // ["url: No canonical url: … [missing-url]", …, "… and 17 more [entity-no-same-as]"]
 * ```
 */
export function formatWarnings(warnings: readonly Warning[], perRule = 3): string[] {
  const byRule = new Map<string, Warning[]>();
  for (const w of warnings) {
    const list = byRule.get(w.rule);
    if (list) list.push(w);
    else byRule.set(w.rule, [w]);
  }
  const lines: string[] = [];
  for (const [rule, list] of byRule) {
    for (const w of list.slice(0, perRule)) {
      lines.push(`${formatPath(w.path)}: ${w.message} [${rule}]`);
    }
    if (list.length > perRule) {
      const paths = list.slice(perRule).map((w) => formatPath(w.path));
      lines.push(`… and ${list.length - perRule} more [${rule}]: ${paths.join(", ")}`);
    }
  }
  return lines;
}
