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

/** Kilobytes to bytes, rounded up. */
const kib = (kb: number) => Math.ceil(kb * 1024);

/**
 * The apps the bundle budgets are set for (min+gzip, from sources). The
 * issue asked for 3–4 KB; that is not reachable with the features the
 * renderers have (RESULTS.md, "Bundle size", breaks each bundle down by
 * module). Each budget is the size measured on the date in its comment
 * plus ~5% headroom, so growth beyond that fails CI; lower them when a
 * size pass lands, and say in the comment what a raise buys.
 *
 * Set on 2026-12-02 by the size pass (issue #22 item 5; before/after in
 * HISTORY.md). Since the budgets of 2026-12-01 the renderers gained the
 * body nodes (aside, pull quote, editor's note, correction, embed, video,
 * audio, heading anchors), the shared labels and presentation parts, and
 * streaming; the pass then cut, from every renderer: `visit` (the renderers
 * walk with the kit's tight `walkNodes`, and `describeNode`/`nodeTypeOf`
 * have their own modules), the stream path (`toHtml`/`toMarkdown` render
 * with a stream-less core; `withStream` adds it for the stream entries),
 * the duplicated label merging; from JSON-LD, `visitByType` (the body walk
 * collects correction notices) and half of `checkSite`'s code (one rule
 * table, the same messages); from `parseArticle`, 15 KB of the language
 * subtag table (3-letter subtags grouped by their first two letters).
 */
export const BUNDLE_CASES: readonly BundleCase[] = [
  {
    name: "toHtml",
    source: 'export { toHtml } from "@newsdoc/html";',
    // 14.17 KB measured (15.00 KB before the pass; 10.9 KB budgeted on 2026-12-01):
    // the body nodes' handlers, labels, presentation and embed frames are most of the growth.
    // 16.25 KB after the table node, custom node fallbacks in the kit and the compiled tag()
    // builders (tag.ts ~1.1 KB gzip; element() and the html template are still bundled beside it).
    budget: kib(17.1),
  },
  {
    name: "toHtmlStream",
    source: 'export { toHtmlStream } from "@newsdoc/html";',
    // 14.59 KB measured: toHtml plus the stream path (stream-article.ts, the parts
    // of the article handler and flow, readableStreamOf), ~0.4 KB gzip. 16.69 KB with the
    // table node, custom nodes and tag().
    budget: kib(17.5),
  },
  {
    name: "toMarkdown",
    source: 'export { toMarkdown } from "@newsdoc/markdown";',
    // 11.57 KB measured (12.05 KB before the pass; 9.7 KB budgeted on 2026-12-01):
    // the body nodes' handlers, labels and presentation parts. 12.93 KB with the table
    // node (GFM tables and their HTML fallback) and custom node fallbacks.
    budget: kib(13.6),
  },
  {
    name: "toJsonLd + jsonLdScript",
    source: 'export { toJsonLd, jsonLdScript } from "@newsdoc/jsonld";',
    // 8.35 KB measured (9.03 KB before the pass; 8.2 KB budgeted on 2026-12-01): the media
    // nodes (VideoObject, AudioObject, embeds), corrections and the site graph. checkSite
    // stays: `site` is checked in toJsonLd itself, so a bad one is a SiteConfigError there.
    budget: kib(8.8),
  },
  {
    name: "parseArticle (newsdoc's code)",
    source: 'export { parseArticle } from "@newsdoc/core";',
    // 25.08 KB measured (40.49 KB before the pass; 38.1 KB budgeted): the IANA language subtags,
    // 3-letter ones grouped by their first two letters (`aaabc` for aaa, aab, aac), are
    // ~5.7 KB gzip of it instead of ~21 KB; the rest is the meaning checks and their messages.
    // 27.62 KB with the table grid checks and custom node validation (parseArticle({ nodes })).
    budget: kib(29.0),
    zodExternal: true,
  },
  {
    name: "<NewsArticle> (React external)",
    source: 'export { NewsArticle } from "@newsdoc/react";',
    // 10.63 KB measured (10.93 KB before the pass; 7.4 KB budgeted on 2026-12-01): the
    // body nodes' components, labels, presentation parts and embed frames. 11.35 KB with
    // the table components and custom components.
    budget: kib(11.9),
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
