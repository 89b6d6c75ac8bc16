import { defineConfig } from "tsup";

export default defineConfig({
  // index: `main` for programs and tests; cli: the `newsdoc` binary (bin → dist/cli.js).
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // import.meta.url (package.json and schema look-ups) in the CJS build.
  shims: true,
});
