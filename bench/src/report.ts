import { writeFileSync } from "node:fs";
import { type BatchRow, batchSection } from "./batch-throughput.js";
import type { BundleSize } from "./bundle-size.js";
import type { HotSpot, ParseProfile } from "./profile.js";
import type { ScalingCell } from "./scaling.js";
import { barChart, formatMicros } from "./svg-chart.js";
import type { Timing } from "./timing.js";

/** Everything one bench run measured. */
export interface Results {
  date: string;
  node: string;
  /** One-minute load average when the results were collected (the machine may be shared). */
  load: number;
  cpu: string;
  timings: Map<string, Timing>;
  /** Output bytes per task name. */
  outputs: Record<string, number>;
  /** The scaling table, measured in a fresh process with Node's default flags. */
  scaling: ScalingCell[];
  /** The same at 1× and 1000× with `semiSpaceFlag` (a larger young generation). */
  scalingSemiSpace: ScalingCell[];
  semiSpaceFlag: string;
  /** Where parseArticle's time goes on the example. */
  parseProfile: ParseProfile;
  /** Self time per KB of the top functions at two scales, per scaling task. */
  hotSpots: { task: string; scales: number[]; spots: HotSpot[] }[];
  /** Bundles of the built packages, with the same measured from sources (what the budget test checks). */
  bundles: (BundleSize & { budget: number; fromSource: BundleSize })[];
  parseWithZod: BundleSize;
  imports: { specifier: string; ms: number }[];
  /** Articles per second of `newsdoc validate` / `render` over a folder at 1, 2 and all cores. */
  batch: BatchRow[];
}

/** A target from the issue: `ours` must be at most `limit` × `reference` (or at least, for speed-ups). */
interface Target {
  what: string;
  ratio: number;
  ok: boolean;
  goal: string;
  /** For a missed target: where RESULTS.md argues it. */
  see?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

/** µs per KB of one scaling cell. */
const perKb = (c: ScalingCell) => c.micros / c.kb;

function cell(cells: readonly ScalingCell[], name: string, times: number): ScalingCell {
  const found = cells.find((c) => c.name === name && c.times === times);
  if (!found) throw new Error(`No scaling cell for ${name} at ${times}×`);
  return found;
}

/** Per-KB cost at the largest scale over that at 1×. */
function growth(cells: readonly ScalingCell[], name: string): number {
  const max = Math.max(...cells.map((c) => c.times));
  return perKb(cell(cells, name, max)) / perKb(cell(cells, name, 1));
}

/** newsdoc's scaling rows (the 1.5× target applies) and the floor each is read against. */
const SCALING_PAIRS = [
  { ours: "toHtml", floors: ["hand-written renderer", "JSON.stringify(article)"] },
  {
    ours: "toHtmlChunks, streamed (output not kept)",
    floors: ["hand-written renderer, streamed (output not kept)"],
  },
  { ours: "toMarkdown", floors: ["hand-written renderer", "JSON.stringify(article)"] },
  {
    ours: "toMarkdownChunks, streamed (output not kept)",
    floors: ["hand-written renderer, streamed (output not kept)"],
  },
  {
    ours: "toJsonLd + jsonLdScript",
    floors: ["hand-built object + JSON.stringify", "JSON.stringify(article)"],
  },
  { ours: "parseArticle", floors: ["zod ArticleSchema.safeParse alone", "ajv (shape only)"] },
] as const;

function time(r: Results, name: string): number {
  const timing = r.timings.get(name);
  if (!timing) throw new Error(`No timing for ${name}`);
  return timing.micros;
}

/** The timing row of `jsonLdString` on the finished graph: JSON-LD's serialising part. */
export const JSON_LD_STRING_ROW =
  "jsonLdString of the finished graph (floor: its serialising part)";
/** The timing row of a deep copy of the finished graph: JSON-LD's allocation floor. */
export const GRAPH_COPY_ROW = "deep copy of the finished graph (floor: its allocation)";

/** The JSON-LD target's argument, from the same run: what of its time is serialising and allocating. */
function jsonLdNote(r: Results, json: number): string {
  const total = time(r, "newsdoc toJsonLd + jsonLdScript") / json;
  const string = time(r, JSON_LD_STRING_ROW) / json;
  const copy = time(r, GRAPH_COPY_ROW) / json;
  return `JSON-LD: \`toJsonLd\` builds a graph (article, images, quotations, claims, every referenced entity, \`wordCount\`) and \`jsonLdScript\` serialises it with \`JSON.stringify\` and escapes it for a script tag. Its ${x(total)} against the 1× goal (issue #22) splits, in this run, into serialising the finished graph (\`jsonLdString\` alone: ${x(string)}), allocating an equal graph (a plain deep copy, no look-ups: ${x(copy)}) and what newsdoc's building adds on top (${x(total - string - copy)}: look-ups, ids, the word count, decisions). Serialising and allocating alone come to ${x(string + copy)}${string + copy > 1 ? ", past the goal before any of newsdoc's own work" : ""}; the changes tried, with their numbers, are in bench/HISTORY.md (toJsonLd + jsonLdScript). Meeting 1× would take a smaller graph (dropping properties search engines read).`;
}

function targets(r: Results): Target[] {
  const faster = (what: string, ours: string, peer: string, atLeast: number): Target => {
    const ratio = time(r, peer) / time(r, ours);
    return { what, ratio, ok: ratio >= atLeast, goal: `≥ ${atLeast}× faster` };
  };
  const within = (what: string, ours: string, reference: string, atMost: number): Target => {
    const ratio = time(r, ours) / time(r, reference);
    return { what, ratio, ok: ratio <= atMost, goal: `≤ ${atMost}× the time` };
  };
  const list: Target[] = [
    faster("toHtml vs hast-util-to-html", "newsdoc toHtml", "hast-util-to-html", 4),
    faster("toHtml vs @portabletext/to-html", "newsdoc toHtml", "@portabletext/to-html", 5),
    faster(
      "toHtml vs React renderToStaticMarkup (prebuilt tree)",
      "newsdoc toHtml",
      "react-dom renderToStaticMarkup",
      1.5,
    ),
    within("toHtml vs JSON.stringify(article)", "newsdoc toHtml", "JSON.stringify(article)", 1),
    faster(
      "toMarkdown vs mdast-util-to-markdown",
      "newsdoc toMarkdown",
      "mdast-util-to-markdown",
      30,
    ),
    {
      ...within(
        "toJsonLd + jsonLdScript vs JSON.stringify(article)",
        "newsdoc toJsonLd + jsonLdScript",
        "JSON.stringify(article)",
        1,
      ),
      see: "the note under [time per call](#time-per-call-on-the-example-article)",
    },
    {
      ...within(
        "parseArticle vs ajv (shape only)",
        "newsdoc parseArticle",
        "ajv (JSON Schema, shape only)",
        3,
      ),
      see: "[validation](#parsearticle-against-ajv)",
    },
  ];
  const max = Math.max(...r.scaling.map((c) => c.times));
  for (const pair of SCALING_PAIRS) {
    const ratio = growth(r.scaling, pair.ours);
    list.push({
      what: `${pair.ours}: per-KB cost at ${max}× vs 1×`,
      ratio,
      ok: ratio <= 1.5,
      goal: "≤ 1.5×",
      see: "[scaling](#scaling)",
    });
  }
  for (const b of r.bundles) {
    // Where the issue set no budget (React, the streaming entry), the goal is the test's.
    const goal = ISSUE_BUDGETS[b.name] ?? b.budget;
    list.push({
      what: `bundle (min+gzip): ${b.name}`,
      ratio: b.gzip / 1024,
      ok: b.gzip <= goal && !b.containsZod,
      goal: `≤ ${(goal / 1024).toFixed(2)} KB${ISSUE_BUDGETS[b.name] === undefined ? " (test budget)" : ""}, no zod`,
      see: "[bundle size](#bundle-size)",
    });
  }
  return list;
}

/** The budgets the issue set (min+gzip bytes); the test guards the measured sizes instead. */
const ISSUE_BUDGETS: Record<string, number> = {
  toHtml: 4 * 1024,
  toMarkdown: 3 * 1024,
  "toJsonLd + jsonLdScript": 3 * 1024,
  "parseArticle (newsdoc's code)": 4 * 1024,
};

/** The issue's budget for a bundle and whether it is met, or "—" where the issue set none. */
function issueBudget(b: BundleSize): string {
  const budget = ISSUE_BUDGETS[b.name];
  return budget === undefined ? "—" : `${kb(budget)} ${b.gzip <= budget ? "✅" : "❌"}`;
}

function scalingSection(r: Results): string[] {
  const scales = [...new Set(r.scaling.map((c) => c.times))].sort((a, b) => a - b);
  const max = scales[scales.length - 1]!;
  const names = [...new Set(r.scaling.map((c) => c.name))];
  const ours = new Set<string>(SCALING_PAIRS.map((p) => p.ours));
  const semiMax = Math.max(...r.scalingSemiSpace.map((c) => c.times));
  const lines = [
    "## Scaling",
    "",
    `The article replicated ${scales.map((s) => `${s}×`).join(", ")} (body and registries, unique ids, \`src/scale-article.ts\`), measured in a fresh Node process: median time per call over at least 9 samples and 1 s per cell (small inputs batched to ≥ 2 ms per sample). Cost per KB of output (of input JSON, for the validators). **ours** rows are newsdoc; **floor** rows are what V8 does with the same work and no library: a plain recursive string renderer (keeping its output, or streaming it to a sink that keeps nothing), \`JSON.stringify\`, zod alone and ajv.`,
    "",
    `| row | | ${scales.map((s) => `${s}× µs/KB`).join(" | ")} | ${max}× / 1× | output at ${max}× |`,
    `| --- | --- | ${scales.map(() => "---").join(" | ")} | --- | --- |`,
    ...names.map((name) => {
      const cells = scales.map((s) => perKb(cell(r.scaling, name, s)).toFixed(2));
      const big = cell(r.scaling, name, max);
      return `| ${name} | ${ours.has(name) ? "**ours**" : "floor"} | ${cells.join(" | ")} | ${x(growth(r.scaling, name))} | ${kb(big.kb * 1024)} |`;
    }),
    "",
    `The same at 1× and ${semiMax}× with \`node ${r.semiSpaceFlag}\` (a 64 MB young generation instead of Node 20's 16 MB), in another fresh process:`,
    "",
    `| row | 1× µs/KB | ${semiMax}× µs/KB | ${semiMax}× / 1× | default flags: ${semiMax}× / 1× |`,
    "| --- | --- | --- | --- | --- |",
    ...names.map((name) => {
      const a = cell(r.scalingSemiSpace, name, 1);
      const b = cell(r.scalingSemiSpace, name, semiMax);
      return `| ${name} | ${perKb(a).toFixed(2)} | ${perKb(b).toFixed(2)} | ${x(perKb(b) / perKb(a))} | ${x(growth(r.scaling, name))} |`;
    }),
    "",
    "### Where the growth goes",
    "",
    `The 1.5× target compares a renderer with itself, so a renderer that is fast at 1× has less room: the same *added* cost per KB is a bigger ratio. The table below separates the added cost (µs per KB at ${max}× minus at 1×) of each newsdoc row from that of its floors, which do the same string building or object walking without any newsdoc code:`,
    "",
    `| ours | added µs/KB at ${max}× | ratio | floor | floor's added µs/KB | floor's ratio |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...SCALING_PAIRS.flatMap((pair) =>
      pair.floors.map((floor) => {
        const add = (name: string) =>
          perKb(cell(r.scaling, name, max)) - perKb(cell(r.scaling, name, 1));
        return `| ${pair.ours} | ${add(pair.ours).toFixed(2)} | ${x(growth(r.scaling, pair.ours))} | ${floor} | ${add(floor).toFixed(2)} | ${x(growth(r.scaling, floor))} |`;
      }),
    ),
    "",
    `Self time per KB of the busiest functions at ${r.hotSpots[0]?.scales.join("× and ")}× (\`node --cpu-prof\`, one child process per scale, ~1.5 s of calls; only functions of the packages, zod, regular expressions and the collector):`,
    "",
  ];
  for (const h of r.hotSpots) {
    lines.push(
      `**${h.task}**`,
      "",
      `| function | ${h.scales.map((s) => `${s}× µs/KB`).join(" | ")} | growth |`,
      `| --- | ${h.scales.map(() => "---").join(" | ")} | --- |`,
      ...h.spots.map((spot) => {
        const first = spot.microsPerKb[0]!;
        const last = spot.microsPerKb[spot.microsPerKb.length - 1]!;
        return `| \`${spot.fn.replace(/\|/g, "\\|")}\` | ${spot.microsPerKb.map((v) => v.toFixed(2)).join(" | ")} | ${first > 0 ? x(last / first) : "—"} |`;
      }),
      "",
    );
  }
  const gcGrowth = r.hotSpots
    .flatMap((h) => {
      const gc = h.spots.find((spot) => spot.fn === "(garbage collector)");
      return gc ? [`${x(gc.microsPerKb.at(-1)! / gc.microsPerKb[0]!)} in ${h.task}`] : [];
    })
    .join(", ");
  const tenX = Math.max(
    ...SCALING_PAIRS.map(
      (p) => perKb(cell(r.scaling, p.ours, 10)) / perKb(cell(r.scaling, p.ours, 1)),
    ),
  );
  const streamed = "hand-written renderer, streamed (output not kept)";
  const kept = "hand-written renderer";
  lines.push(
    "### Reading it",
    "",
    `- **The engine's part: keeping a multi-MB result.** The hand-written renderer's per-KB cost grows ${x(growth(r.scaling, kept))} from 1× to ${max}×; the same renderer handing its chunks to a sink that keeps nothing grows ${x(growth(r.scaling, streamed))}. Same code, same strings: the difference is only that a ${max}× result (megabytes of string pieces) stays alive while it is built, so V8's young-generation collector copies it, then promotes it. With \`${r.semiSpaceFlag}\` the kept renderer grows ${x(perKb(cell(r.scalingSemiSpace, kept, semiMax)) / perKb(cell(r.scalingSemiSpace, kept, 1)))} instead. In the profiles above, \`(garbage collector)\` grows ${gcGrowth} per KB. No way of building one string avoids it (chunks joined at the end keep just as much alive); only streaming does.`,
    `- **newsdoc's part: look-ups in large registries.** At ${max}× the registries hold ${max}× as many entities, quotes and claims; \`need\`/\`byId\` (the render index's \`Map\`s, \`@newsdoc/core/kit\`), and in JSON-LD \`ref\`/\`refs\`, cost more per look-up once the maps outgrow the CPU caches. That is a constant factor per look-up (memory latency), not an algorithm that grows with the document; the floors resolve no references, so they do not pay it. Apart from these look-ups and the collector, the HTML and Markdown handlers cost about the same per KB at both scales. In JSON-LD, \`toJsonLd\`, \`text\` and \`entity\` also grow per KB: they build the \`articleBody\` text (one multi-MB string, the retention effect again) and fill \`Map\`s keyed by entity — larger constant factors, but no step that is quadratic in the document.`,
    `- **Verdict.** On Node 20's defaults, every row that builds and keeps a multi-MB result out of many JavaScript strings exceeds 1.5× at ${max}× — the hand-written renderer included (${x(growth(r.scaling, kept))}); only native \`JSON.stringify\` (${x(growth(r.scaling, "JSON.stringify(article)"))}) and the streamed renderer (${x(growth(r.scaling, streamed))}) stay near it. So the target cannot be met by a string-returning renderer, ours or hand-written; it is reported as missed. What newsdoc adds beyond the floor is the registry look-ups above (and, for JSON-LD, the multi-MB \`articleBody\` string it builds and keeps). Realistic articles are 1×–10×; at 10× newsdoc's rows grow at most ${x(tenX)}. If multi-MB documents matter, the fix is a streaming render (a \`write\` sink in the kit), not joining chunks.`,
    "",
  );
  return lines;
}

function validationSection(r: Results): string[] {
  const ours = time(r, "newsdoc parseArticle");
  const ajv = time(r, "ajv (JSON Schema, shape only)");
  const zod = time(r, "zod ArticleSchema.safeParse alone");
  const shape = r.parseProfile.shares.find((s) => s.part.startsWith("shape"))?.share ?? 0;
  return [
    "## parseArticle against ajv",
    "",
    `ajv checks the JSON Schema's shape only; \`parseArticle\` checks the shape (the zod schemas are the package's public API) and then what a schema cannot say: ids unique, every reference resolving to an entity of the right kind, no reference cycles, each quote span's words equal to its quote, dates in order, plus a pre-walk that rejects non-JSON values, cycles, excessive depth and broken text before zod sees the input.`,
    "",
    "| on the example article | mean | × ajv |",
    "| --- | --- | --- |",
    `| ajv (shape only) | ${formatMicros(ajv)} | 1.00× |`,
    `| zod \`ArticleSchema.safeParse\` alone (shape only) | ${formatMicros(zod)} | ${x(zod / ajv)} |`,
    `| newsdoc \`parseArticle\` (fast path or pre-walk + zod, then meaning checks) | ${formatMicros(ours)} | ${x(ours / ajv)} |`,
    "",
    `Where \`parseArticle\`'s time goes (\`node --cpu-prof\`, ${r.parseProfile.totalMs.toFixed(0)} ms of samples, each sample charged to the first of these on its stack):`,
    "",
    "| part | share |",
    "| --- | --- |",
    ...r.parseProfile.shares.map((s) => `| ${s.part} | ${pct(s.share)} |`),
    "",
    `**How.** zod alone takes ${x(zod / ajv)} of ajv's time for the same shape check, which left almost nothing of a 3× budget for the pre-walk and the meaning checks. So valid documents take a fast path: a check compiled once from \`ArticleSchema\`'s own definition (its leaf checks — patterns, refinements, bounds — read from the schema, zod's implementation where they are not that simple) does the pre-walk's and zod's work in one pass and builds the same output; the meaning checks then walk the node table once. Anything the fast path does not accept goes to the pre-walk and zod, which explain it. Property tests (core's \`compile-fast-path.test.ts\`, testing/security's validator test) hold the two to the same answer and output. zod's share above (${pct(shape)}) is what remains of it on the fast path; before/after numbers are in [HISTORY.md](HISTORY.md).`,
    "",
  ];
}

export function bundleSection(r: Results): string[] {
  const lines = [
    "## Bundle size",
    "",
    "esbuild, ESM, browser, minified, gzip level 9, for an app that imports only the named functions from the built packages (the budget test measures the same from sources). zod is left external for `parseArticle` and measured separately.",
    "",
    "| app imports | minified | gzip | gzip (from sources) | issue's budget | test budget | zod inside |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...r.bundles.map(
      (b) =>
        `| ${b.name} | ${kb(b.minified)} | ${kb(b.gzip)} | ${kb(b.fromSource.gzip)} | ${issueBudget(b)} | ${kb(b.budget)} ${b.fromSource.gzip <= b.budget ? "✅" : "❌"} | ${b.containsZod ? "yes" : "no"} |`,
    ),
    `| ${r.parseWithZod.name} | ${kb(r.parseWithZod.minified)} | ${kb(r.parseWithZod.gzip)} | — | zod's cost + ours | — | ${r.parseWithZod.containsZod ? "yes" : "no"} |`,
    "",
    "What each bundle is made of: minified bytes per source module (esbuild's metafile, from sources), and that module's share of the gzip size estimated in proportion (gzip does not add up per module).",
    "",
  ];
  for (const b of r.bundles) {
    const src = b.fromSource;
    const shown = src.modules.slice(0, 12);
    const rest = src.modules.slice(12);
    const gz = (bytes: number) => `${((src.gzip * bytes) / src.minified / 1024).toFixed(2)} KB`;
    lines.push(
      `**${b.name}** — ${kb(src.minified)} minified, ${kb(src.gzip)} gzip`,
      "",
      "| module | minified | ≈ gzip |",
      "| --- | --- | --- |",
      ...shown.map((m) => `| \`${m.module}\` | ${m.bytes} B | ${gz(m.bytes)} |`),
      ...(rest.length > 0
        ? [
            `| ${rest.length} more | ${rest.reduce((a, m) => a + m.bytes, 0)} B | ${gz(rest.reduce((a, m) => a + m.bytes, 0))} |`,
          ]
        : []),
      "",
    );
  }
  const kit = (b: BundleSize) =>
    b.modules.filter((m) => m.module.startsWith("core/")).reduce((a, m) => a + m.bytes, 0);
  lines.push(
    "**Argument.** The issue's budgets (3–4 KB) were set before the features existed. Each bundle above is the renderer's own modules plus the shared kit from `@newsdoc/core/kit` (the walker with per-call overrides and its error messages, the render index, URL safety, appendices): " +
      r.bundles
        .filter((b) => !b.name.startsWith("parseArticle"))
        .map(
          (b) =>
            `${pct(kit(b.fromSource) / b.fromSource.minified)} of ${b.name} is kit (${kit(b.fromSource)} B minified)`,
        )
        .join(", ") +
      ". Meeting 3–4 KB would mean dropping features the issues asked for: overridable handlers, the quotes/claims appendices, pretty-printing, class-name tables, checked URLs and the explicit error messages (for `parseArticle`, the issue messages — `map-zod-issues`, `explain-date`, `explain-url`, `suggest` — are about half of newsdoc's part). So the test guards what was measured: `BUNDLE_CASES` budgets are the measured sizes plus ~5% headroom, and no zod in the renderers; a regression fails CI. The issue's budgets are reported as missed above.",
    "",
  );
  return lines;
}

/** Renders RESULTS.md, results.svg and README-snippet.md into `dir`. */
export function writeResults(r: Results, dir: string): { markdown: string } {
  const timingRows = [...r.timings.values()].map(
    (t) =>
      `| ${t.name} | ${formatMicros(t.micros)} | ±${t.rme.toFixed(1)}% | ${t.samples} | ${r.outputs[t.name] !== undefined ? kb(r.outputs[t.name]!) : "—"} | ${r.outputs[t.name] !== undefined ? (r.outputs[t.name]! / 1024 / 1024 / (t.micros / 1e6)).toFixed(0) : "—"} |`,
  );
  const json = time(r, "JSON.stringify(article)");
  const tgs = targets(r);
  const md = [
    "# Benchmark results",
    "",
    `Run on ${r.date}, Node ${r.node}, ${r.cpu}, load average ${r.load.toFixed(2)} at the end of the run. Written by \`pnpm bench\`; numbers from one run on a possibly shared machine — compare ratios, not absolute times.`,
    "",
    "![time per render](results.svg)",
    "",
    "## Targets",
    "",
    "| target | measured | goal | met |",
    "| --- | --- | --- | --- |",
    ...tgs.map(
      (t) =>
        `| ${t.what} | ${t.goal.includes("KB") ? kb(t.ratio * 1024) : x(t.ratio)} | ${t.goal} | ${t.ok ? "✅" : `❌ see ${t.see ?? "below"}`} |`,
    ),
    "",
    "## Time per call on the example article",
    "",
    "Peers' inputs (hast tree, Portable Text blocks, React elements, mdast tree) are built once outside the timed loop; ajv and zod alone check the shape only (no references, quote text or date order), parseArticle checks shape and meaning.",
    "",
    "| task | mean | margin | samples | output | MB/s |",
    "| --- | --- | --- | --- | --- | --- |",
    ...timingRows,
    "",
    "As multiples of `JSON.stringify(article)` (a native tree-to-string pass over the same data):",
    "",
    ...[...r.timings.values()].map((t) => `- ${t.name}: ${x(t.micros / json)}`),
    "",
    jsonLdNote(r, json),
    "",
    ...validationSection(r),
    ...scalingSection(r),
    ...bundleSection(r),
    ...batchSection(r.batch),
    "## Import time (fresh Node process, median of 7)",
    "",
    "| module | ms |",
    "| --- | --- |",
    ...r.imports.map((i) => `| \`${i.specifier}\` | ${i.ms.toFixed(1)} |`),
    "",
  ].join("\n");
  writeFileSync(`${dir}RESULTS.md`, md);

  const bar = (name: string, label = name) => ({
    label,
    micros: time(r, name),
    ours: name.startsWith("newsdoc"),
  });
  writeFileSync(
    `${dir}results.svg`,
    barChart(`newsdoc vs peers — ${r.date}, Node ${r.node}`, [
      {
        title: "HTML",
        bars: [
          bar("newsdoc toHtml"),
          bar("hand-written renderer"),
          bar("JSON.stringify(article)"),
          bar("react-dom renderToStaticMarkup"),
          bar("react-dom renderToStaticMarkup, tree built per call"),
          bar("newsdoc <NewsArticle> renderToStaticMarkup"),
          bar("hast-util-to-html"),
          bar("@portabletext/to-html"),
        ],
      },
      { title: "Markdown", bars: [bar("newsdoc toMarkdown"), bar("mdast-util-to-markdown")] },
      {
        title: "JSON-LD",
        bars: [bar("newsdoc toJsonLd + jsonLdScript"), bar("hand-built object + JSON.stringify")],
      },
      {
        title: "Validation",
        bars: [
          bar("newsdoc parseArticle"),
          bar("zod ArticleSchema.safeParse alone"),
          bar("ajv (JSON Schema, shape only)"),
        ],
      },
    ]),
  );
  const snippet = [
    `Measured by \`pnpm bench\` (${r.date}, Node ${r.node}) on the example article; every table, the scaling and bundle-size results and the argument for each missed target are in [bench/RESULTS.md](bench/RESULTS.md).`,
    "",
    "| comparison | measured | goal | |",
    "| --- | --- | --- | --- |",
    ...tgs
      .slice(0, 7)
      .map((t) => `| ${t.what} | **${x(t.ratio)}** | ${t.goal} | ${t.ok ? "✅" : "❌"} |`),
    "",
    "![newsdoc vs peers: time per render](bench/results.svg)",
    "",
  ].join("\n");
  writeFileSync(`${dir}README-snippet.md`, snippet);
  return { markdown: md };
}
