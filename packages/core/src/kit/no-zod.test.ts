import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("..", import.meta.url));

/** Resolves `@newsdoc/core`, `/kit` and `/example` to the sources, as an app's bundler resolves them to dist. */
const newsdocSources: Plugin = {
  name: "newsdoc-sources",
  setup(b) {
    b.onResolve({ filter: /^@newsdoc\/core(\/kit|\/example)?$/ }, (args) => ({
      path: `${src}${args.path.endsWith("/kit") ? "kit.ts" : args.path.endsWith("/example") ? "example.ts" : "index.ts"}`,
    }));
  },
};

/** Bundles `code` like a browser app would and returns the files that ended up in it. */
async function bundledInputs(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [newsdocSources],
  });
  return Object.keys(result.metafile.inputs);
}

const isZod = (path: string) => path.replaceAll("\\", "/").includes("node_modules/zod/");

describe("bundling", () => {
  it("the renderer kit pulls no zod into an app", async () => {
    const inputs = await bundledInputs(
      `import { defineRenderer, createIndex, plainText } from "@newsdoc/core/kit";
       console.log(defineRenderer, createIndex, plainText);`,
    );
    expect(inputs.some((path) => path.endsWith("kit.ts"))).toBe(true);
    expect(inputs.filter(isZod)).toEqual([]);
  });

  it("the example article pulls in no zod and nothing of the validator", async () => {
    const inputs = (
      await bundledInputs(`import { article } from "@newsdoc/core/example"; console.log(article);`)
    ).map((path) => path.replaceAll("\\", "/"));
    expect(inputs.some((path) => path.endsWith("example/body.ts"))).toBe(true);
    expect(
      inputs.filter((path) => isZod(path) || /src\/(schema|validate|lint)\//.test(path)),
    ).toEqual([]);
  });

  it("validation does pull zod in (so the test above can fail)", async () => {
    const inputs = await bundledInputs(
      `import { parseArticle } from "@newsdoc/core"; console.log(parseArticle);`,
    );
    expect(inputs.filter(isZod).length).toBeGreaterThan(0);
  });
});
