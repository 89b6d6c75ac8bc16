import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Resolves `@newsdoc/<pkg>[/<subpath>]` to its sources, as an app's bundler resolves them to dist. */
const newsdocSources: Plugin = {
  name: "newsdoc-sources",
  setup(b) {
    b.onResolve({ filter: /^@newsdoc\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
      const [, name, sub] = /^@newsdoc\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path)!;
      return { path: `${root}${name}/src/${sub ?? "index"}.ts` };
    });
  },
};

/** Bundles `code` like a browser app (React external) and returns the files in the bundle and its text. */
async function bundle(code: string, conditions: string[] = []) {
  const result = await build({
    stdin: { contents: code, resolveDir: `${root}react/src`, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions,
    external: ["react", "react-dom"],
    write: false,
    metafile: true,
    minify: false,
    logLevel: "silent",
    plugins: [newsdocSources],
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => p.replaceAll("\\", "/"));
  return { inputs, text: result.outputFiles[0]!.text };
}

const isZod = (path: string) => path.includes("node_modules/zod/");
const isHtmlPackage = (path: string) => path.includes("packages/html/");

describe("bundling @newsdoc/react", () => {
  it("pulls in no zod and nothing of @newsdoc/html (no string renderer)", async () => {
    const { inputs } = await bundle(
      `import { NewsArticle, ArticleJsonLd, articleMetadata } from "@newsdoc/react";
       console.log(NewsArticle, ArticleJsonLd, articleMetadata);`,
    );
    expect(inputs.some((p) => p.endsWith("react/src/news-article.ts"))).toBe(true);
    expect(inputs.filter(isZod)).toEqual([]);
    expect(inputs.filter(isHtmlPackage)).toEqual([]);
    expect(inputs.filter((p) => /core\/src\/(schema|validate|lint)\//.test(p))).toEqual([]);
  });

  it("the checks can fail: toHtml and parseArticle do pull those in", async () => {
    const { inputs } = await bundle(
      `import { toHtml } from "@newsdoc/html"; import { parseArticle } from "@newsdoc/core";
       console.log(toHtml, parseArticle);`,
    );
    expect(inputs.filter(isHtmlPackage).length).toBeGreaterThan(0);
    expect(inputs.filter(isZod).length).toBeGreaterThan(0);
  });

  it("uses nothing of React but createElement and Fragment: no hooks, no context, so a Server Component", async () => {
    const { text } = await bundle(`export * from "@newsdoc/react";`, ["react-server"]);
    const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"react"/g)].flatMap((m) =>
      m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/)[0]),
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set(["createElement", "Fragment"]));
    expect(text).not.toMatch(/["']use client["']/);
  });
});
