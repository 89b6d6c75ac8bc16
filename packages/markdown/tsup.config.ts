import { defineConfig } from "tsup";

export default defineConfig({
  // import: the reading side (parser, YAML, zod), an entry no renderer bundle pulls in.
  entry: ["src/index.ts", "src/import.ts"],
  format: ["esm", "cjs"],
  // .d.ts from the other packages' built .d.ts (`pnpm build` runs in dependency
  // order), not their sources: the source condition is for type-checking.
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  target: "es2022",
  treeshake: true,
});
