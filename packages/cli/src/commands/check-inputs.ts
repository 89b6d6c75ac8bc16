import { dirname, relative } from "node:path";
import { type LintRuleSettings, type LintSeverity, lintArticle } from "@newsdoc/core";
import { findLintConfig, type LintConfig } from "../config/find-lint-config.js";
import type { PathProblem } from "../input/collect-files.js";
import type { InputSource } from "../input/input-source.js";
import { loadArticle } from "../input/load-article.js";
import type { CliFileSystem } from "../io.js";
import type { Progress } from "../output/progress.js";
import type { Problem } from "../problem.js";
import { runBatch } from "../workers/run-batch.js";

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
  /** Rule severities from `--rule`; they win over the config file found for each input. */
  readonly rules: LintRuleSettings;
  /** The folder the example article's config is looked up from. */
  readonly cwd: string;
  /**
   * How many threads check files (`--jobs`), the main thread included; 1
   * checks them on the main thread only. Small batches use fewer (see `runBatch`).
   */
  readonly jobs: number;
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
  const configs = new Map<string, Promise<LintConfig>>();
  const { fs, lint, strict, rules, cwd } = options;
  const checked = await runBatch(inputs, {
    jobs: options.jobs,
    fs,
    progress: options.progress,
    task: { kind: "check", lint, strict, rules, cwd },
    run: (input) => checkOne(input, options, configs),
  });
  return [...reports, ...checked];
}

/** A lint severity as the CLI reports it. */
const PROBLEM_SEVERITY = {
  error: "error",
  warn: "warning",
  info: "info",
} as const satisfies Record<Exclude<LintSeverity, "off">, Problem["severity"]>;

/** What {@link checkOne} needs of {@link CheckInputsOptions}. */
export type CheckOneOptions = Pick<CheckInputsOptions, "fs" | "lint" | "strict" | "rules" | "cwd">;

/**
 * Reads, validates and (optionally) lints one input. Never throws for a bad
 * file. `configs` caches the lint configuration found per folder.
 */
export async function checkOne(
  input: InputSource,
  options: CheckOneOptions,
  configs: Map<string, Promise<LintConfig>>,
): Promise<FileReport> {
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
  const folder = input.kind === "file" ? dirname(input.path) : options.cwd;
  const config = await findLintConfig(folder, options.fs, configs);
  if (!config.ok) {
    const where = relative(options.cwd, config.file) || config.file;
    const problems = config.problems.map((p) => ({ ...p, message: `${where}: ${p.message}` }));
    return { file: input.display, status: "error", passed: false, problems };
  }
  const findings = lintArticle(loaded.article, { rules: { ...config.rules, ...options.rules } });
  const problems = findings.map(
    (finding): Problem => ({
      severity: PROBLEM_SEVERITY[finding.severity],
      code: finding.rule,
      message: finding.message,
      path: finding.path,
      ...(finding.paths === undefined ? {} : { paths: finding.paths }),
    }),
  );
  const fails = problems.some(
    (p) => p.severity === "error" || (options.strict && p.severity === "warning"),
  );
  const status: FileStatus = problems.length + notes.length > 0 ? "warnings" : "ok";
  return { file: input.display, status, passed: !fails, problems: [...notes, ...problems] };
}
