import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: `main` for programs and tests, ESM and CJS with types.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    // import.meta.url (package.json and schema look-ups) in the CJS build.
    shims: true,
  },
  {
    // The `newsdoc` binary: ESM only (it uses top-level await).
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    target: "es2022",
    treeshake: true,
  },
]);
