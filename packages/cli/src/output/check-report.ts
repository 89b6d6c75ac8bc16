import type { FileReport, FileStatus } from "../commands/check-inputs.js";
import type { PathProblem } from "../input/collect-files.js";
import type { Problem } from "../problem.js";
import type { Colors } from "./colors.js";
import { formatProblem } from "./format-problems.js";

/** Counts over a run of `validate` or `lint`. */
export interface CheckSummary {
  readonly files: number;
  readonly passed: number;
  readonly failed: number;
  /** Problems of severity `error`, over all files. */
  readonly errors: number;
  /** Lint warnings (severity `warn`), over all files. */
  readonly warnings: number;
  /** Lint notes (severity `info`), over all files. */
  readonly infos: number;
}

/** The machine-readable report `--format json` prints. */
export interface JsonCheckReport {
  readonly command: "validate" | "lint";
  readonly strict: boolean;
  readonly files: readonly {
    readonly file: string;
    readonly status: FileStatus;
    readonly passed: boolean;
    readonly issues: readonly Problem[];
  }[];
  /**
   * The files a folder walk left out as no article (an entity registry, a
   * Markdown file without front matter), each with its note: severity
   * `info`, code `skipped-registry` or `skipped-markdown`. Not in `files`
   * nor in `summary`: they were not checked.
   */
  readonly skipped: readonly ({ readonly file: string } & Problem)[];
  readonly summary: CheckSummary;
}

/** Counts the files that passed and failed and the problems of each severity. */
export function summarize(reports: readonly FileReport[]): CheckSummary {
  let passed = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    if (report.passed) passed++;
    for (const problem of report.problems) {
      if (problem.severity === "error") errors++;
      else if (problem.severity === "warning") warnings++;
      else infos++;
    }
  }
  return {
    files: reports.length,
    passed,
    failed: reports.length - passed,
    errors,
    warnings,
    infos,
  };
}

/** The most problems the text report lists per file; the rest are counted ("…and N more"). */
export const MAX_PROBLEMS_PER_FILE = 50;

/**
 * The text report: one line per problem (see `formatProblem`), at most
 * {@link MAX_PROBLEMS_PER_FILE} per file followed by a line that counts the
 * rest (`--format json` lists them all), after a line per file a folder
 * walk skipped; then, unless `quiet`, a blank line and a summary such as
 * `5 files checked: 3 valid, 2 invalid.` or
 * `5 files linted: 4 passed, 1 failed, 7 warnings; 1 file skipped.`
 */
export function formatCheckReport(
  command: "validate" | "lint",
  reports: readonly FileReport[],
  options: {
    readonly colors: Colors;
    readonly quiet: boolean;
    /** The files a folder walk left out, each printed as its note, first. Default: none. */
    readonly skipped?: readonly PathProblem[];
  },
): string {
  const { colors } = options;
  const skipped = options.skipped ?? [];
  const lines: string[] = [];
  for (const { display, problem } of skipped) lines.push(formatProblem(display, problem, colors));
  for (const report of reports) {
    const shown = report.problems.slice(0, MAX_PROBLEMS_PER_FILE);
    for (const problem of shown) lines.push(formatProblem(report.file, problem, colors));
    const more = report.problems.length - shown.length;
    if (more > 0)
      lines.push(
        `${colors.bold(report.file)}: …and ${more} more ${more === 1 ? "problem" : "problems"} (--format json lists them all).`,
      );
  }
  if (!options.quiet) {
    if (lines.length > 0) lines.push("");
    lines.push(summaryLine(command, summarize(reports), skipped.length, colors));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function summaryLine(
  command: "validate" | "lint",
  summary: CheckSummary,
  skipped: number,
  colors: Colors,
): string {
  const files = `${summary.files} ${summary.files === 1 ? "file" : "files"}`;
  const failedColor = summary.failed > 0 ? colors.red : colors.dim;
  const left =
    skipped > 0 ? `; ${colors.dim(`${skipped} ${skipped === 1 ? "file" : "files"} skipped`)}` : "";
  if (command === "validate") {
    return `${files} checked: ${colors.green(`${summary.passed} valid`)}, ${failedColor(`${summary.failed} invalid`)}${left}.`;
  }
  const warnings = `${summary.warnings} ${summary.warnings === 1 ? "warning" : "warnings"}`;
  const warningColor = summary.warnings > 0 ? colors.yellow : colors.dim;
  const infos = summary.infos > 0 ? `, ${colors.dim(`${summary.infos} info`)}` : "";
  return `${files} linted: ${colors.green(`${summary.passed} passed`)}, ${failedColor(`${summary.failed} failed`)}, ${warningColor(warnings)}${infos}${left}.`;
}

/** The report `--format json` prints: every file with its status and issues, the files skipped, and the summary. */
export function jsonCheckReport(
  command: "validate" | "lint",
  reports: readonly FileReport[],
  strict: boolean,
  skipped: readonly PathProblem[] = [],
): JsonCheckReport {
  return {
    command,
    strict,
    files: reports.map((report) => ({
      file: report.file,
      status: report.status,
      passed: report.passed,
      issues: report.problems,
    })),
    skipped: skipped.map(({ display, problem }) => ({ file: display, ...problem })),
    summary: summarize(reports),
  };
}
