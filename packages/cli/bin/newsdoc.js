#!/usr/bin/env node
// The `newsdoc` command. A committed launcher rather than a link straight into
// dist/, so that installing the workspace before its first build can create
// the command (pnpm links bins at install time), and says what to do when
// the build is missing instead of failing with a module-not-found trace.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    "newsdoc: this copy of @newsdoc/cli is not built (dist/cli.js is missing). In the newsdoc repository, run `pnpm build` first.\n",
  );
  process.exit(2);
}
await import(cli.href);
