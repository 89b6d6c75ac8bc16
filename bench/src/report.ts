import { writeFileSync } from "node:fs";
import type { BundleSize } from "./bundle-size.js";
import { barChart, formatMicros } from "./svg-chart.js";
import type { Timing } from "./timing.js";

/** Everything one bench run measured. */
export interface Results {
  date: string;
  node: string;
  cpu: string;
  timings: Map<string, Timing>;
  /** Output bytes per task name. */
  outputs: Record<string, number>;
  scaling: { times: number; rows: { name: string; kb: number; micros: number }[] }[];
  bundles: (BundleSize & { budget: number })[];
  parseWithZod: BundleSize;
  imports: { specifier: string; ms: number }[];
}

/** A target from the issue: `ours` must be at most `limit` × `reference` (or at least, for speed-ups). */
interface Target {
  what: string;
  ratio: number;
  ok: boolean;
  goal: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

function targets(r: Results): Target[] {
  const t = (name: string) => {
    const timing = r.timings.get(name);
    if (!timing) throw new Error(`No timing for ${name}`);
    return timing.micros;
  };
  const faster = (what: string, ours: string, peer: string, atLeast: number): Target => {
    const ratio = t(peer) / t(ours);
    return { what, ratio, ok: ratio >= atLeast, goal: `≥ ${atLeast}× faster` };
  };
  const within = (what: string, ours: string, reference: string, atMost: number): Target => {
    const ratio = t(ours) / t(reference);
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
    within(
      "toJsonLd + jsonLdScript vs JSON.stringify(article)",
      "newsdoc toJsonLd + jsonLdScript",
      "JSON.stringify(article)",
      2,
    ),
    within(
      "parseArticle vs ajv (shape only)",
      "newsdoc parseArticle",
      "ajv (JSON Schema, shape only)",
      3,
    ),
  ];
  const first = r.scaling[0]!;
  const last = r.scaling[r.scaling.length - 1]!;
  for (const row of first.rows) {
    const big = last.rows.find((x) => x.name === row.name)!;
    const ratio = big.micros / big.kb / (row.micros / row.kb);
    list.push({
      what: `${row.name}: per-KB cost at ${last.times}× vs 1×`,
      ratio,
      ok: ratio <= 1.5,
      goal: "≤ 1.5×",
    });
  }
  return list;
}

/** Renders RESULTS.md, results.svg and README-snippet.md into `dir`. */
export function writeResults(r: Results, dir: string): { markdown: string } {
  const timingRows = [...r.timings.values()].map(
    (t) =>
      `| ${t.name} | ${formatMicros(t.micros)} | ±${t.rme.toFixed(1)}% | ${t.samples} | ${r.outputs[t.name] !== undefined ? kb(r.outputs[t.name]!) : "—"} | ${r.outputs[t.name] !== undefined ? (r.outputs[t.name]! / 1024 / 1024 / (t.micros / 1e6)).toFixed(0) : "—"} |`,
  );
  const json = r.timings.get("JSON.stringify(article)")!.micros;
  const tgs = targets(r);
  const md = [
    "# Benchmark results",
    "",
    `Run on ${r.date}, Node ${r.node}, ${r.cpu}. Written by \`pnpm bench\`; numbers from one run on a shared machine — compare ratios, not absolute times.`,
    "",
    "![time per render](results.svg)",
    "",
    "## Targets",
    "",
    "| target | measured | goal | met |",
    "| --- | --- | --- | --- |",
    ...tgs.map((x) => `| ${x.what} | ${x.ratio.toFixed(2)}× | ${x.goal} | ${x.ok ? "✅" : "❌"} |`),
    "",
    "## Time per call on the example article",
    "",
    "Peers' inputs (hast tree, Portable Text blocks, React elements, mdast tree) are built once outside the timed loop; ajv checks the shape only (no references, quote text or date order), parseArticle checks shape and meaning.",
    "",
    "| task | mean | margin | samples | output | MB/s |",
    "| --- | --- | --- | --- | --- | --- |",
    ...timingRows,
    "",
    "As multiples of `JSON.stringify(article)` (a native tree-to-string pass over the same data):",
    "",
    ...[...r.timings.values()].map((t) => `- ${t.name}: ${(t.micros / json).toFixed(2)}×`),
    "",
    "## Scaling",
    "",
    "The article replicated 1× to 1000× (body and registries, unique ids). Cost per KB of output (of input, for validation) should stay flat.",
    "",
    "| renderer | " + r.scaling.map((s) => `${s.times}× µs/KB`).join(" | ") + " | output at max |",
    "| --- | " + r.scaling.map(() => "---").join(" | ") + " | --- |",
    ...r.scaling[0]!.rows.map((row) => {
      const cells = r.scaling.map((s) => {
        const x = s.rows.find((y) => y.name === row.name)!;
        return (x.micros / x.kb).toFixed(2);
      });
      const last = r.scaling[r.scaling.length - 1]!.rows.find((y) => y.name === row.name)!;
      return `| ${row.name} | ${cells.join(" | ")} | ${kb(last.kb * 1024)} |`;
    }),
    "",
    "## Bundle size (esbuild, minified, gzip level 9)",
    "",
    "| app imports | minified | gzip | budget | zod inside |",
    "| --- | --- | --- | --- | --- |",
    ...r.bundles.map(
      (b) =>
        `| ${b.name} | ${kb(b.minified)} | ${kb(b.gzip)} | ${kb(b.budget)} ${b.gzip <= b.budget ? "✅" : "❌"} | ${b.containsZod ? "yes" : "no"} |`,
    ),
    `| ${r.parseWithZod.name} | ${kb(r.parseWithZod.minified)} | ${kb(r.parseWithZod.gzip)} | zod's cost + ours | ${r.parseWithZod.containsZod ? "yes" : "no"} |`,
    "",
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
    micros: r.timings.get(name)!.micros,
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
        bars: [bar("newsdoc parseArticle"), bar("ajv (JSON Schema, shape only)")],
      },
    ]),
  );
  const snippet = [
    `Measured by \`pnpm bench\` (${r.date}, Node ${r.node}) on the example article; details in [bench/RESULTS.md](bench/RESULTS.md).`,
    "",
    ...tgs
      .slice(0, 7)
      .map((x) => `- ${x.what}: **${x.ratio.toFixed(1)}×** (${x.goal}) ${x.ok ? "✅" : "❌"}`),
    "",
  ].join("\n");
  writeFileSync(`${dir}README-snippet.md`, snippet);
  return { markdown: md };
}
