import { formatPath } from "@newsdoc/core";
import type { Problem } from "../problem.js";
import type { Colors } from "./colors.js";

/**
 * One problem as one line, like a compiler: `file:line:column: error: message (code)`
 * for syntax errors, `file:path: warning: message (rule)` for validation issues and
 * lint warnings, `file: error: message (code)` when there is no position.
 *
 * @example
 * ```ts
 * formatProblem("a.json", { severity: "error", code: "unresolved-reference",
 *   message: 'No entity "x".', path: ["authors", 0] }, colors);
 * // 'a.json:authors[0]: error: No entity "x". (unresolved-reference)'
 * ```
 */
export function formatProblem(file: string, problem: Problem, colors: Colors): string {
  let where = file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  } else if (problem.path !== undefined && problem.path.length > 0) {
    where += `:${formatPath(problem.path)}`;
  }
  const label =
    problem.severity === "error"
      ? colors.red(colors.bold("error"))
      : problem.severity === "warning"
        ? colors.yellow("warning")
        : colors.dim("info");
  return `${colors.bold(where)}: ${label}: ${oneLine(problem.message)} ${colors.dim(`(${problem.code})`)}`;
}

/** A message on one line, so every problem is one line of output (and one grep match). */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
