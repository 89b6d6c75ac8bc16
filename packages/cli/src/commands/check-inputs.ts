import { lintArticle } from "@newsdoc/core";
import type { PathProblem } from "../input/collect-files.js";
import type { InputSource } from "../input/input-source.js";
import { loadArticle } from "../input/load-article.js";
import type { CliFileSystem } from "../io.js";
import type { Progress } from "../output/progress.js";
import type { Problem } from "../problem.js";
import { runPool } from "../run-pool.js";

/**
 * The outcome for one file: `ok`; `warnings` (valid, with lint warnings);
 * `invalid` (parsed, but not a valid article); `error` (missing, unreadable
 * or not JSON/YAML).
 */
export type FileStatus = "ok" | "warnings" | "invalid" | "error";

/** What `validate` and `lint` found in one file. */
export interface FileReport {
  /** The path as the user wrote it, or `<example>`. */
  readonly file: string;
  readonly status: FileStatus;
  /** Whether the file passes: `ok`, or `warnings` unless `--strict`. */
  readonly passed: boolean;
  /** Errors, then warnings, in the order found. */
  readonly problems: readonly Problem[];
}

/** Options of {@link checkInputs}. */
export interface CheckInputsOptions {
  readonly fs: CliFileSystem;
  /** Run `lintArticle` on valid articles. */
  readonly lint: boolean;
  /** Warnings fail the file. */
  readonly strict: boolean;
  /** How many files are read and checked at once. */
  readonly concurrency: number;
  /** Ticked once per file. */
  readonly progress: Progress;
}

/**
 * Reads, validates and (optionally) lints every input, concurrently, and
 * returns one report per path problem and per input, in that order. One bad
 * file never stops the others.
 */
export async function checkInputs(
  inputs: readonly InputSource[],
  pathProblems: readonly PathProblem[],
  options: CheckInputsOptions,
): Promise<FileReport[]> {
  const reports: FileReport[] = pathProblems.map(({ display, problem }) => ({
    file: display,
    status: "error",
    passed: false,
    problems: [problem],
  }));
  const checked = await runPool(inputs, options.concurrency, async (input) => {
    const report = await checkOne(input, options);
    options.progress.tick();
    return report;
  });
  return [...reports, ...checked];
}

async function checkOne(input: InputSource, options: CheckInputsOptions): Promise<FileReport> {
  const loaded = await loadArticle(input, options.fs);
  if (!loaded.ok) {
    return { file: input.display, status: loaded.status, passed: false, problems: loaded.problems };
  }
  // The import report of a Markdown file: warnings that never fail the file, even with --strict.
  const notes = loaded.warnings ?? [];
  if (!options.lint) {
    const status: FileStatus = notes.length > 0 ? "warnings" : "ok";
    return { file: input.display, status, passed: true, problems: notes };
  }
  const warnings = lintArticle(loaded.article).map(
    (warning): Problem => ({
      severity: "warning",
      code: warning.rule,
      message: warning.message,
      path: warning.path,
    }),
  );
  const status: FileStatus = warnings.length + notes.length > 0 ? "warnings" : "ok";
  return {
    file: input.display,
    status,
    passed: warnings.length === 0 || !options.strict,
    problems: [...notes, ...warnings],
  };
}
