#!/usr/bin/env node
import { main } from "./main.js";
import { removePendingTempFilesSync } from "./output/write-atomic.js";

// Ctrl-C or a kill during a write: remove the temporary files, so an
// interrupted run leaves neither half-written outputs nor stray temp files.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    removePendingTempFilesSync();
    process.exit(code);
  });
}

// `newsdoc render … | head`: a closed pipe is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
