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
  /** Peer dependencies the app has anyway, left out of the measure (`react`). */
  external?: readonly string[];
}

/** The `<NewsArticle>` budget in KB: 6.2 measured on 2026-12-01 (React left out), plus ~5%. */
const BUDGET_NEWS_ARTICLE = 7.4;

/** Kilobytes to bytes, rounded up. */
const kib = (kb: number) => Math.ceil(kb * 1024);

/**
 * The apps the bundle budgets are set for (min+gzip, from sources). The
 * issue asked for 3–4 KB; that is not reachable with the features the
 * renderers have (RESULTS.md, "Bundle size", breaks each bundle down by
 * module). The budgets are the sizes measured on 2026-12-01 plus ~5%
 * headroom, so growth beyond that fails CI; lower them when a size pass lands.
 *
 * Raised on 2026-12-01 (second wave) for the one node table and the handler
 * context (ctx.parent/index/within/flow/phrasing) and for the publisher
 * fields rendered visibly (paywall, corrections, dateline, backstory,
 * renditions): the per-module breakdown shows ~2.2 KB of node-table
 * reference closures and ~2.0 KB of visit.ts that the renderers bundle but do
 * not need — the size pass that cuts them is open work (issue #22).
 */
export const BUNDLE_CASES: readonly BundleCase[] = [
  {
    name: "toHtml",
    source: 'export { toHtml } from "@newsdoc/html";',
    // 10.2 KB before streaming: the kit's stream path (renderer.stream, the article
    // handler in parts, the part-by-part pretty-printer) is in every renderer bundle.
    budget: kib(10.9),
  },
  {
    name: "toMarkdown",
    source: 'export { toMarkdown } from "@newsdoc/markdown";',
    budget: kib(9.7),
  },
  {
    name: "toJsonLd + jsonLdScript",
    source: 'export { toJsonLd, jsonLdScript } from "@newsdoc/jsonld";',
    // 7.9 KB measured: nd/seo's Site configuration (checkSite and its messages) and the
    // WebSite/WebPage/BreadcrumbList builders are in every toJsonLd bundle; a
    // separate entry for the site checks is the obvious cut (issue #22).
    budget: kib(8.2),
  },
  {
    name: "parseArticle (newsdoc's code)",
    source: 'export { parseArticle } from "@newsdoc/core";',
    // 10.2 KB until language tags were checked against the IANA registry:
    // its ~9,000 subtags (generated from language-subtag-registry as
    // space-separated strings, half the JSON's gzip size) are ~20 KB of it.
    budget: kib(38.1),
    zodExternal: true,
  },
  {
    name: "<NewsArticle> (React external)",
    source: 'export { NewsArticle } from "@newsdoc/react";',
    budget: kib(BUDGET_NEWS_ARTICLE),
    external: ["react"],
  },
];

/** A measured bundle. */
export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
  /** Every input module that ended up in the bundle. */
  inputs: string[];
  /** Minified bytes each input module contributes (esbuild's metafile), largest first. */
  modules: { module: string; bytes: number }[];
  /** Whether any zod module is in the bundle. */
  containsZod: boolean;
}

/** Resolves `@newsdoc/<pkg>[/kit|/example]` to the package's TypeScript source instead of its dist. */
const sourcesPlugin: Plugin = {
  name: "newsdoc-sources",
  setup(b) {
    b.onResolve(
      { filter: /^@newsdoc\/(core|html|markdown|jsonld|react)(\/kit|\/example)?$/ },
      (args) => {
        const [, pkg, sub] = /^@newsdoc\/([a-z]+)(?:\/([a-z]+))?$/.exec(args.path)!;
        return { path: `${repo}packages/${pkg}/src/${sub ?? "index"}.ts` };
      },
    );
  },
};

/** `html/src/element.ts` for newsdoc's sources or dist chunks, the package name for node_modules. */
function moduleName(path: string): string {
  const ours = /packages[\\/]([a-z]+)[\\/](.*)$/.exec(path);
  if (ours) return `${ours[1]}/${ours[2]!.replace(/\\/g, "/")}`;
  const dep =
    /node_modules[\\/](?:\.pnpm[\\/][^\\/]*[\\/]node_modules[\\/])?((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(
      path,
    );
  return dep ? dep[1]!.replace(/\\/g, "/") : path;
}

/**
 * Bundles `source` as an app would (esbuild, ESM, browser, minified) and
 * measures it. `from: "source"` resolves newsdoc's packages to their
 * sources (tests: no build needed); `"dist"` to the built packages (bench).
 */
export async function measureBundle(
  item: Pick<BundleCase, "name" | "source" | "zodExternal" | "external">,
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
    external: [...(item.zodExternal ? ["zod", "zod/*"] : []), ...(item.external ?? [])],
    plugins: from === "source" ? [sourcesPlugin] : [],
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.keys(result.metafile.inputs);
  const output = Object.values(result.metafile.outputs)[0]!;
  const modules = Object.entries(output.inputs)
    .map(([path, info]) => ({ module: moduleName(path), bytes: info.bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return {
    name: item.name,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    inputs,
    modules,
    containsZod: inputs.some((p) =>
      /node_modules[\\/](\.pnpm[\\/][^\\/]*[\\/]node_modules[\\/])?zod[\\/]/.test(p),
    ),
  };
}
