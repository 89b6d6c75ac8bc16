import { defineConfig } from "tsup";

export default defineConfig({
  // index: the writer (no parser, no zod at run time); import: the reader.
  entry: ["src/index.ts", "src/import.ts"],
  format: ["esm", "cjs"],
  // The internal @newsdoc/interop-kit (shared with the other importer) is
  // bundled, so the published package stands alone; its types never reach
  // the public .d.ts (the public types are this package's own, in report.ts).
  noExternal: [/^@newsdoc\/interop-kit(\/|$)/],
  // .d.ts from the other packages' built .d.ts (`pnpm build` runs in dependency
  // order), not their sources: the source condition is for type-checking.
  dts: { compilerOptions: { customConditions: [] } },
  clean: true,
  target: "es2022",
  treeshake: true,
});
