import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArticleSchema, parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { toHtml, toHtmlChunks } from "@newsdoc/html";
import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown, toMarkdownChunks } from "@newsdoc/markdown";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { handWrittenHtml, handWrittenHtmlStream } from "./peers/hand-written-html.js";
import { jsonLdByHand } from "./peers/jsonld-by-hand.js";
import { scaleArticle } from "./scale-article.js";
import { timePerCall } from "./timing.js";

/** The replication factors of the scaling table. */
export const SCALES = [1, 10, 100, 1000] as const;

/** One row of the scaling table: newsdoc's own work, or a floor it is read against. */
export interface ScalingTask {
  name: string;
  /** newsdoc's code (the 1.5× target applies), or a reference showing what V8 itself does. */
  kind: "ours" | "floor";
  /** Costs are per KB of output (renderers) or of input JSON (validators). */
  per: "output" | "input";
  /**
   * Prepares the timed call for one article (inputs built outside the timed
   * loop). A renderer's call returns its output, whose size the cost is
   * divided by, unless `outputOf` gives it (a streamed render keeps none).
   */
  prepare: (article: Article) => () => unknown;
  outputOf?: (article: Article) => string;
}

/** One measured cell: time per call and the KB it is divided by. */
export interface ScalingCell {
  name: string;
  times: number;
  kb: number;
  micros: number;
  samples: number;
}

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

function ajvValidator(): (data: unknown) => boolean {
  const schema = JSON.parse(
    readFileSync(here("../packages/core/schema/newsdoc.schema.json"), "utf8"),
  );
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Reads a stream of chunks to a sink that keeps nothing (as a socket or file would): their length. */
function drain(chunks: Iterable<string>): number {
  let chars = 0;
  for (const chunk of chunks) chars += chunk.length;
  return chars;
}

/** A fresh JSON copy, as `parseArticle` would get it from `JSON.parse`. */
const asInput = (a: unknown): unknown => JSON.parse(JSON.stringify(a));

/**
 * The scaling rows. The floors are not newsdoc's: a plain recursive string
 * renderer, `JSON.stringify` and ajv show how the same amount of string
 * building (or object walking) scales in V8 by itself.
 */
export function scalingTasks(): ScalingTask[] {
  const ajv = ajvValidator();
  return [
    { name: "toHtml", kind: "ours", per: "output", prepare: (a) => () => toHtml(a) },
    {
      name: "hand-written renderer",
      kind: "floor",
      per: "output",
      prepare: (a) => () => handWrittenHtml(a),
    },
    {
      name: "hand-written renderer, streamed (output not kept)",
      kind: "floor",
      per: "output",
      prepare: (a) => () => {
        let chars = 0;
        handWrittenHtmlStream(a, (chunk) => {
          chars += chunk.length;
        });
        return chars;
      },
      outputOf: handWrittenHtml,
    },
    {
      name: "JSON.stringify(article)",
      kind: "floor",
      per: "output",
      prepare: (a) => () => JSON.stringify(a),
    },
    {
      name: "toHtmlChunks, streamed (output not kept)",
      kind: "ours",
      per: "output",
      prepare: (a) => () => drain(toHtmlChunks(a)),
      outputOf: (a) => toHtml(a),
    },
    { name: "toMarkdown", kind: "ours", per: "output", prepare: (a) => () => toMarkdown(a) },
    {
      name: "toMarkdownChunks, streamed (output not kept)",
      kind: "ours",
      per: "output",
      prepare: (a) => () => drain(toMarkdownChunks(a)),
      outputOf: (a) => toMarkdown(a),
    },
    {
      name: "toJsonLd + jsonLdScript",
      kind: "ours",
      per: "output",
      prepare: (a) => () => jsonLdScript(toJsonLd(a)),
    },
    {
      name: "hand-built object + JSON.stringify",
      kind: "floor",
      per: "output",
      prepare: (a) => () => jsonLdByHand(a),
    },
    {
      name: "parseArticle",
      kind: "ours",
      per: "input",
      prepare: (a) => {
        const input = asInput(a);
        return () => parseArticle(input);
      },
    },
    {
      name: "zod ArticleSchema.safeParse alone",
      kind: "floor",
      per: "input",
      prepare: (a) => {
        const input = asInput(a);
        return () => ArticleSchema.safeParse(input);
      },
    },
    {
      name: "ajv (shape only)",
      kind: "floor",
      per: "input",
      prepare: (a) => {
        const input = asInput(a);
        return () => {
          if (!ajv(input)) throw new Error("ajv rejects the scaled article");
        };
      },
    },
  ];
}

/**
 * Times every scaling task on the example article replicated by each
 * factor. Each cell gets at least `minSamples` samples and `minMs` of
 * sampling; small inputs are batched so one sample is at least ~2 ms
 * (the per-call time then includes its share of garbage collection).
 */
export function measureScaling(
  scales: readonly number[] = SCALES,
  minMs = 1200,
  minSamples = 9,
): ScalingCell[] {
  const tasks = scalingTasks();
  const cells: ScalingCell[] = [];
  for (const times of scales) {
    const big = scaleArticle(article, times);
    const inputKb = Buffer.byteLength(JSON.stringify(big)) / 1024;
    for (const task of tasks) {
      const fn = task.prepare(big);
      const out = task.outputOf ? task.outputOf(big) : fn();
      const kb = task.per === "input" ? inputKb : Buffer.byteLength(out as string) / 1024;
      const timing = timePerCall(fn, minMs, minSamples);
      cells.push({ name: task.name, times, kb, ...timing });
    }
  }
  return cells;
}
