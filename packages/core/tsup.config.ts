import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/kit.ts", "src/example.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // The IANA subtag indexes are JSON files: bundled, so that no consumer
  // needs JSON import attributes (Node's ESM loader requires them).
  noExternal: ["language-subtag-registry"],
});
