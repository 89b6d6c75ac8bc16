// A worker for worker-pool.test.ts: doubles numbers, slowly enough that
// several are in flight; "crash" kills the thread, "throw" is a task error,
// "late" answers after the others.
import { parentPort, workerData } from "node:worker_threads";

let inFlight = 0;
parentPort.on("message", (message) => {
  if (message.type === "abort") {
    parentPort.postMessage({ type: "aborted" });
    return;
  }
  const { id, item } = message;
  inFlight++;
  if (item === "crash") process.exit(7);
  const delay = item === "late" ? 50 : typeof item === "number" ? (item * 7) % 5 : 0;
  setTimeout(() => {
    const held = inFlight--;
    if (item === "throw") {
      const error = new TypeError("the task failed");
      parentPort.postMessage({
        type: "error",
        id,
        error: { name: error.name, message: error.message },
      });
      return;
    }
    parentPort.postMessage({
      type: "result",
      id,
      result: {
        item,
        doubled: typeof item === "number" ? item * 2 : item,
        held,
        task: workerData.task,
      },
    });
  }, delay);
});
if (workerData.task === "never-ready") throw new Error("cannot load");
parentPort.postMessage({ type: "ready" });
