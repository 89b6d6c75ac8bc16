import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/kit.ts", "src/example.ts"],
  format: ["esm", "cjs"],
  // .d.ts from the other packages' built .d.ts (`pnpm build` runs in dependency
  // order), not their sources: the source condition is for type-checking.
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  target: "es2022",
  treeshake: true,
});
