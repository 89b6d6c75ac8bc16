import { defineConfig } from "tsup";

export default defineConfig({
  // index: `main` for programs and tests; cli: the `newsdoc` binary (bin → dist/cli.js);
  // worker: a batch's worker thread (dist/worker.js, found beside the code that starts it).
  entry: { index: "src/index.ts", cli: "src/cli.ts", worker: "src/workers/batch-worker.ts" },
  format: ["esm", "cjs"],
  // .d.ts from the other packages' built .d.ts (`pnpm build` runs in dependency
  // order), not their sources: the source condition is for type-checking.
  dts: {
    entry: { index: "src/index.ts", cli: "src/cli.ts" },
    compilerOptions: { customConditions: [] },
  },
  clean: true,
  target: "es2022",
  treeshake: true,
  // import.meta.url (package.json and schema look-ups) in the CJS build.
  shims: true,
});
