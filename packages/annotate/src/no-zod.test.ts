import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { expect, it } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const core = fileURLToPath(new URL("../../core/src/", import.meta.url));

/** Resolves `@newsdoc/core` and its subpaths to the sources, as an app's bundler resolves them to dist. */
const newsdocSources: Plugin = {
  name: "newsdoc-sources",
  setup(b) {
    b.onResolve({ filter: /^@newsdoc\/core(\/kit|\/example)?$/ }, (args) => ({
      path: `${core}${args.path.endsWith("/kit") ? "kit.ts" : args.path.endsWith("/example") ? "example.ts" : "index.ts"}`,
    }));
  },
};

it("annotate pulls no zod and nothing of the validator into a bundle", async () => {
  const result = await build({
    stdin: {
      contents: `import { annotate } from "./index.ts"; console.log(annotate);`,
      resolveDir: here,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [newsdocSources],
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => p.replaceAll("\\", "/"));
  expect(inputs.some((p) => p.endsWith("annotate.ts"))).toBe(true);
  expect(
    inputs.filter(
      (p) => p.includes("node_modules/zod/") || /core\/src\/(schema|validate|lint)\//.test(p),
    ),
  ).toEqual([]);
});
