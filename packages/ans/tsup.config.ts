import { defineConfig } from "tsup";

export default defineConfig({
  // index: the writer (no parser, no zod at run time); import: the reader.
  entry: ["src/index.ts", "src/import.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
