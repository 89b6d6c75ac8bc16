// `pnpm bench`: newsdoc's renderers and validator against peer libraries on
// the same article, scaling from 1× to 1000×, bundle sizes and import
// times. Writes RESULTS.md and results.svg beside this package.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { ArticleSchema, parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { toHtml } from "@newsdoc/html";
import { jsonLdScript, jsonLdString, toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";
import { NewsArticle } from "@newsdoc/react";
import { toHTML as portableTextToHtml } from "@portabletext/to-html";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { toHtml as hastToHtml } from "hast-util-to-html";
import { toMarkdown as mdastToMarkdown } from "mdast-util-to-markdown";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { measureBatchThroughput } from "./batch-throughput.js";
import { BUNDLE_CASES, measureBundle } from "./bundle-size.js";
import { importTime } from "./import-time.js";
import { deepCopy } from "./peers/deep-copy.js";
import { handWrittenHtml } from "./peers/hand-written-html.js";
import { jsonLdByHand } from "./peers/jsonld-by-hand.js";
import { portableTextComponents } from "./peers/portable-text-components.js";
import { toHast } from "./peers/to-hast.js";
import { toMdast } from "./peers/to-mdast.js";
import { toPortableText } from "./peers/to-portable-text.js";
import { toReact } from "./peers/to-react.js";
import { profileParse, profileScaling } from "./profile.js";
import { GRAPH_COPY_ROW, JSON_LD_STRING_ROW, type Results, writeResults } from "./report.js";
import { SCALES } from "./scaling.js";
import { scalingInChild } from "./scaling-child.js";
import { timeTasks } from "./timing.js";

/** The V8 flag of the second scaling run: a 64 MB young generation instead of 16 MB. */
const SEMI_SPACE_FLAG = "--max-semi-space-size=64";

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const log = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  parseArticle(JSON.parse(JSON.stringify(article))); // the fixture is valid, or nothing below means anything

  // Peers' trees are built once, outside the timed loops.
  const hast = toHast(article);
  const portable = toPortableText(article);
  const react = toReact(article);
  const mdast = toMdast(article);
  const schema = JSON.parse(
    readFileSync(here("../packages/core/schema/newsdoc.schema.json"), "utf8"),
  );
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats.default(ajv);
  const ajvValidate = ajv.compile(schema);
  const input = JSON.parse(JSON.stringify(article));
  // The JSON-LD graph, finished: its serialising and its allocation are timed apart (floors).
  const graph = toJsonLd(article);

  const outputs = {
    "newsdoc toHtml": toHtml(article),
    "hast-util-to-html": hastToHtml(hast),
    "@portabletext/to-html": portableTextToHtml(portable, { components: portableTextComponents }),
    "react-dom renderToStaticMarkup": renderToStaticMarkup(react as never),
    "react-dom renderToStaticMarkup, tree built per call": renderToStaticMarkup(
      toReact(article) as never,
    ),
    "newsdoc <NewsArticle> renderToStaticMarkup": renderToStaticMarkup(
      createElement(NewsArticle, { article }),
    ),
    "hand-written renderer": handWrittenHtml(article),
    "JSON.stringify(article)": JSON.stringify(article),
    "newsdoc toMarkdown": toMarkdown(article),
    "mdast-util-to-markdown": mdastToMarkdown(mdast),
    "newsdoc toJsonLd + jsonLdScript": jsonLdScript(toJsonLd(article)),
    "hand-built object + JSON.stringify": jsonLdByHand(article),
  };
  if (!ajvValidate(input))
    throw new Error(`ajv rejects the example: ${ajv.errorsText(ajvValidate.errors)}`);

  log("Timing renderers and peers on the example article…");
  const timings = await timeTasks([
    { name: "newsdoc toHtml", fn: () => toHtml(article) },
    { name: "hast-util-to-html", fn: () => hastToHtml(hast) },
    {
      name: "@portabletext/to-html",
      fn: () => portableTextToHtml(portable, { components: portableTextComponents }),
    },
    { name: "react-dom renderToStaticMarkup", fn: () => renderToStaticMarkup(react as never) },
    // As a real app does: the elements are made inside the timed call.
    {
      name: "react-dom renderToStaticMarkup, tree built per call",
      fn: () => renderToStaticMarkup(toReact(article) as never),
    },
    {
      name: "newsdoc <NewsArticle> renderToStaticMarkup",
      fn: () => renderToStaticMarkup(createElement(NewsArticle, { article })),
    },
    { name: "hand-written renderer", fn: () => handWrittenHtml(article) },
    { name: "JSON.stringify(article)", fn: () => JSON.stringify(article) },
    { name: "newsdoc toMarkdown", fn: () => toMarkdown(article) },
    { name: "mdast-util-to-markdown", fn: () => mdastToMarkdown(mdast) },
    { name: "newsdoc toJsonLd + jsonLdScript", fn: () => jsonLdScript(toJsonLd(article)) },
    { name: "hand-built object + JSON.stringify", fn: () => jsonLdByHand(article) },
    { name: JSON_LD_STRING_ROW, fn: () => jsonLdString(graph) },
    { name: GRAPH_COPY_ROW, fn: () => deepCopy(graph) },
    { name: "newsdoc parseArticle", fn: () => parseArticle(input) },
    { name: "ajv (JSON Schema, shape only)", fn: () => ajvValidate(input) },
    { name: "zod ArticleSchema.safeParse alone", fn: () => ArticleSchema.safeParse(input) },
  ]);

  log("Scaling 1× → 1000× (child process)…");
  const scaling = scalingInChild([], SCALES, 1000);
  log(`Scaling again with ${SEMI_SPACE_FLAG} (child process)…`);
  const scalingSemiSpace = scalingInChild([SEMI_SPACE_FLAG], [1, 1000], 800);

  log("Profiling parseArticle and the renderers at 100× and 1000× (node --cpu-prof)…");
  const parseProfile = profileParse();
  const hotSpots = ["toHtml", "toMarkdown", "toJsonLd + jsonLdScript", "parseArticle"].map(
    (task) => ({ task, scales: [100, 1000], spots: profileScaling(task, [100, 1000], 1500) }),
  );

  log("Bundling…");
  const bundles = [];
  for (const item of BUNDLE_CASES) {
    bundles.push({
      ...(await measureBundle(item, "dist")),
      budget: item.budget,
      fromSource: await measureBundle(item, "source"),
    });
  }
  const zodOnly = await measureBundle(
    { name: "parseArticle (with zod)", source: 'export { parseArticle } from "@newsdoc/core";' },
    "dist",
  );

  log("Import times…");
  const imports = [
    "@newsdoc/core",
    "@newsdoc/core/kit",
    "@newsdoc/html",
    "@newsdoc/markdown",
    "@newsdoc/jsonld",
  ].map((specifier) => ({
    specifier,
    ms: importTime(specifier),
  }));

  log("Batch throughput of the newsdoc binary, 10,000 files at 1, 2 and all cores…");
  const batch = measureBatchThroughput();

  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    load: loadavg()[0]!,
    cpu: `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}`,
    timings,
    outputs: Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, Buffer.byteLength(v)])),
    scaling,
    scalingSemiSpace,
    semiSpaceFlag: SEMI_SPACE_FLAG,
    parseProfile,
    hotSpots,
    bundles,
    parseWithZod: zodOnly,
    imports,
    batch,
  };
  const { markdown } = writeResults(results, here(""));
  log(markdown);
}

await main();
