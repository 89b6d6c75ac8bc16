import type { LintRuleSettings } from "@newsdoc/core";
import { ExitCode } from "../exit-code.js";
import { collectFiles } from "../input/collect-files.js";
import { exampleInput } from "../input/input-source.js";
import type { CliIo } from "../io.js";
import { formatCheckReport, jsonCheckReport } from "../output/check-report.js";
import { colorsFor } from "../output/colors.js";
import { createProgress, showsProgress } from "../output/progress.js";
import { UsageError } from "../usage-error.js";
import { checkInputs } from "./check-inputs.js";

/** How `validate` and `lint` print their results. */
export type ReportFormat = "text" | "json";

/** The options `validate` and `lint` share. */
export interface CheckCommandOptions {
  /** Check the example article too. */
  readonly example: boolean;
  readonly format: ReportFormat;
  /** Lint warnings fail the file (`lint` only). */
  readonly strict: boolean;
  /** Rule severities from `--rule` (`lint` only). */
  readonly rules?: LintRuleSettings;
  /** No progress bar and no summary line. */
  readonly quiet: boolean;
  /** Threads (`--jobs`), the main thread included; 1 checks on the main thread only. */
  readonly jobs: number;
}

/** Runs `validate` (without lint) or `lint` and prints the report; returns the exit code. */
export async function runCheck(
  command: "validate" | "lint",
  paths: readonly string[],
  options: CheckCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (paths.length === 0 && !options.example) {
    throw new UsageError(
      `${command} needs at least one file or folder (or --example). Example: newsdoc ${command} articles/`,
    );
  }
  const collected = await collectFiles(paths, io);
  const inputs = options.example ? [exampleInput, ...collected.inputs] : collected.inputs;
  const progress = createProgress(
    io.stderr,
    inputs.length,
    showsProgress(io.stderr, inputs.length, options.quiet),
  );
  let reports: Awaited<ReturnType<typeof checkInputs>>;
  try {
    reports = await checkInputs(inputs, collected.problems, {
      fs: io.fs,
      lint: command === "lint",
      strict: options.strict,
      rules: options.rules ?? {},
      cwd: io.cwd,
      jobs: options.jobs,
      progress,
    });
  } finally {
    progress.done();
  }
  if (options.format === "json") {
    io.stdout.write(
      `${JSON.stringify(jsonCheckReport(command, reports, options.strict, collected.skipped), null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      formatCheckReport(command, reports, {
        colors: colorsFor(io.stdout, io.env),
        quiet: options.quiet,
        skipped: collected.skipped,
      }),
    );
  }
  return reports.every((report) => report.passed) ? ExitCode.ok : ExitCode.invalid;
}
