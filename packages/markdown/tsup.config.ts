import { defineConfig } from "tsup";

export default defineConfig({
  // import: the reading side (parser, YAML, zod), an entry no renderer bundle pulls in.
  entry: ["src/index.ts", "src/import.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
