import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const repo = fileURLToPath(new URL("../../", import.meta.url));

/** What an app imports, and the budget its min+gzip bundle must stay within. */
export interface BundleCase {
  name: string;
  /** The app's source: one import line re-exported so nothing is shaken away. */
  source: string;
  /** Budget in bytes (min+gzip) for newsdoc's own code. */
  budget: number;
  /** Leave zod out of the bundle and measure only newsdoc's code (for parseArticle). */
  zodExternal?: boolean;
}

/** The apps the bundle budgets are set for (issue "Benchmarks": min+gzip). */
export const BUNDLE_CASES: readonly BundleCase[] = [
  { name: "toHtml", source: 'export { toHtml } from "@newsdoc/html";', budget: 4 * 1024 },
  {
    name: "toMarkdown",
    source: 'export { toMarkdown } from "@newsdoc/markdown";',
    budget: 3 * 1024,
  },
  {
    name: "toJsonLd + jsonLdScript",
    source: 'export { toJsonLd, jsonLdScript } from "@newsdoc/jsonld";',
    budget: 3 * 1024,
  },
  {
    name: "parseArticle (newsdoc's code)",
    source: 'export { parseArticle } from "@newsdoc/core";',
    budget: 4 * 1024,
    zodExternal: true,
  },
];

/** A measured bundle. */
export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
  /** Every input module that ended up in the bundle. */
  inputs: string[];
  /** Whether any zod module is in the bundle. */
  containsZod: boolean;
}

/** Resolves `@newsdoc/<pkg>[/kit|/example]` to the package's TypeScript source instead of its dist. */
const sourcesPlugin: Plugin = {
  name: "newsdoc-sources",
  setup(b) {
    b.onResolve({ filter: /^@newsdoc\/(core|html|markdown|jsonld)(\/kit|\/example)?$/ }, (args) => {
      const [, pkg, sub] = /^@newsdoc\/([a-z]+)(?:\/([a-z]+))?$/.exec(args.path)!;
      return { path: `${repo}packages/${pkg}/src/${sub ?? "index"}.ts` };
    });
  },
};

/**
 * Bundles `source` as an app would (esbuild, ESM, browser, minified) and
 * measures it. `from: "source"` resolves newsdoc's packages to their
 * sources (tests: no build needed); `"dist"` to the built packages (bench).
 */
export async function measureBundle(
  item: Pick<BundleCase, "name" | "source" | "zodExternal">,
  from: "source" | "dist",
): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: item.source,
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    external: item.zodExternal ? ["zod", "zod/*"] : [],
    plugins: from === "source" ? [sourcesPlugin] : [],
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.keys(result.metafile.inputs);
  return {
    name: item.name,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    inputs,
    containsZod: inputs.some((p) =>
      /node_modules[\\/](\.pnpm[\\/][^\\/]*[\\/]node_modules[\\/])?zod[\\/]/.test(p),
    ),
  };
}
