#!/usr/bin/env node
import { main } from "./main.js";
import { abortWrites, removePendingTempFilesSync } from "./output/write-atomic.js";
import { abortWorkers } from "./workers/worker-pool.js";

// Ctrl-C or a kill during a batch: stop the writes in progress (on this
// thread and in every worker thread) and let each remove its temporary file,
// so an interrupted run leaves only complete outputs. A second signal, or a file system that does not answer within two
// seconds, exits at once after a synchronous best-effort clean-up.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    if (process.exitCode === code) {
      removePendingTempFilesSync();
      process.exit(code);
    }
    process.exitCode = code;
    setTimeout(() => {
      removePendingTempFilesSync();
      process.exit(code);
    }, 2000).unref();
    void Promise.all([abortWrites(), abortWorkers()]).then(() => process.exit(code));
  });
}

// `newsdoc render … | head`: a closed pipe is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).then((code) => {
  process.exitCode ??= code;
});
