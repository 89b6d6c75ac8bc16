import type { LintRuleSettings } from "@newsdoc/core";
import type { FileReport } from "../commands/check-inputs.js";
import type { Outcome } from "../commands/render.js";
import type { InputSource } from "../input/input-source.js";
import type { PlannedOutput } from "../render/plan-outputs.js";
import type { RenderFlags, RenderFormat } from "../render/render-targets.js";

/**
 * What a batch does to each file, as plain data: it is sent to every worker
 * thread (structured-cloned), which runs the same per-file function the
 * main thread runs with `--jobs 1`.
 */
export type BatchTask = RenderTask | CheckTask;

/** `newsdoc render … --out DIR`: render each planned output and write it atomically. */
export interface RenderTask {
  readonly kind: "render";
  readonly format: RenderFormat;
  readonly flags: RenderFlags;
  readonly debug: boolean;
}

/** `newsdoc validate` / `lint`: read, validate and maybe lint each input. */
export interface CheckTask {
  readonly kind: "check";
  readonly lint: boolean;
  readonly strict: boolean;
  readonly rules: LintRuleSettings;
  /** The folder the example article's lint configuration is looked up from. */
  readonly cwd: string;
}

/** Each task's item (what is sent per file) and result (what comes back). */
export interface BatchTaskTypes {
  readonly render: { readonly item: PlannedOutput; readonly result: Outcome };
  readonly check: { readonly item: InputSource; readonly result: FileReport };
}

/** The item type of a task. */
export type BatchItem<Task extends BatchTask> = BatchTaskTypes[Task["kind"]]["item"];
/** The result type of a task. */
export type BatchResult<Task extends BatchTask> = BatchTaskTypes[Task["kind"]]["result"];

/**
 * The result for an item whose worker thread died working on it alone (out
 * of memory on a pathological file, a native crash): the file fails with a
 * sentence, and the batch goes on.
 */
export function crashedResult<Task extends BatchTask>(
  task: Task,
  item: BatchItem<Task>,
  reason: string,
): BatchResult<Task> {
  const verb = task.kind === "render" ? "Rendering" : "Checking";
  const problem = {
    severity: "error",
    code: "worker-crashed",
    message: `${verb} this file stopped its worker thread (${reason}); the other files were not affected. Check that the file is an article of a sensible size.`,
  } as const;
  if (task.kind === "render") {
    const { input } = item as PlannedOutput;
    return { input, problems: [problem] } satisfies Outcome as BatchResult<Task>;
  }
  const input = item as InputSource;
  return {
    file: input.display,
    status: "error",
    passed: false,
    problems: [problem],
  } satisfies FileReport as BatchResult<Task>;
}
