// The demo's entry point: everything else is in run.ts, which tests call directly.
import { fileURLToPath } from "node:url";
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), {
  // pnpm runs this script in examples/render-all; INIT_CWD is where the user typed `pnpm demo`.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  outDir: fileURLToPath(new URL("../out/", import.meta.url)),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
