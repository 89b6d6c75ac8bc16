// The entry of a batch worker thread (built as dist/worker.js). It receives
// the batch's task once, as `workerData`, then items one message at a time,
// and runs each through the same per-file function as the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { checkOne } from "../commands/check-inputs.js";
import { renderToFile } from "../commands/render.js";
import type { LintConfig } from "../config/find-lint-config.js";
import type { InputSource } from "../input/input-source.js";
import { resolveIo } from "../io.js";
import { abortWrites, removePendingTempFilesSync } from "../output/write-atomic.js";
import type { PlannedOutput } from "../render/plan-outputs.js";
import type { BatchTask } from "./batch-task.js";
import { type FromWorker, serializeError, type ToWorker } from "./worker-pool.js";

const port = parentPort;
if (port === null) throw new Error("batch-worker.ts runs only as a worker thread.");

const task = (workerData as { task: BatchTask }).task;
const io = resolveIo();
const run = runnerFor(task);
const post = (message: FromWorker) => port.postMessage(message);

function runnerFor(task: BatchTask): (item: unknown) => Promise<unknown> {
  switch (task.kind) {
    case "render":
      return (item) => {
        const { input, path, display } = item as PlannedOutput;
        return renderToFile(input, path, display, task.format, task.flags, task.debug, io);
      };
    case "check": {
      const configs = new Map<string, Promise<LintConfig>>();
      const options = { ...task, fs: io.fs };
      return (item) => checkOne(item as InputSource, options, configs);
    }
    default:
      throw new Error(`Unknown batch task ${JSON.stringify(task satisfies never)}.`);
  }
}

port.on("message", (message: ToWorker) => {
  if (message.type === "abort") {
    void abortWrites().then(() => {
      removePendingTempFilesSync();
      post({ type: "aborted" });
    });
    return;
  }
  const { id, item } = message;
  run(item).then(
    (result) => post({ type: "result", id, result }),
    (error: unknown) => post({ type: "error", id, error: serializeError(error) }),
  );
});
post({ type: "ready" });
