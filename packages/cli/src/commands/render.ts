import { resolve } from "node:path";
import type { Article } from "@newsdoc/core";
import { ExitCode } from "../exit-code.js";
import { collectFiles } from "../input/collect-files.js";
import { exampleInput, type InputSource } from "../input/input-source.js";
import { loadArticle } from "../input/load-article.js";
import type { CliIo } from "../io.js";
import { colorsFor } from "../output/colors.js";
import { formatProblem } from "../output/format-problems.js";
import { createProgress, showsProgress } from "../output/progress.js";
import type { Problem } from "../problem.js";
import { loadSite } from "../render/load-site.js";
import { planOutputs } from "../render/plan-outputs.js";
import {
  type AppendixKind,
  DEFAULT_RENDER_FLAGS,
  FLAG_NAMES,
  RENDER_FORMATS,
  RENDER_TARGETS,
  type RenderFlags,
  type RenderFormat,
} from "../render/render-targets.js";
import { lossWarnings, renderFailed, writeRendered } from "../render/write-rendered.js";
import { UsageError } from "../usage-error.js";
import { runBatch } from "../workers/run-batch.js";
import {
  type CommandDefinition,
  INPUT_OPTIONS,
  JOBS_OPTION,
  type ParsedOptions,
} from "./command-definition.js";
import {
  choiceOption,
  flagOption,
  jobsOption,
  listOption,
  negatableOption,
  stringOption,
} from "./option-values.js";

const APPENDIX_KINDS: readonly AppendixKind[] = ["quotes", "claims"];

/** The renderer flags given on the command line, checked against the format. */
export function renderFlags(options: ParsedOptions, format: RenderFormat): RenderFlags {
  const flags: RenderFlags = {
    frontMatter: flagOption(options, "frontMatter"),
    appendix: listOption(options, "appendix", "--appendix", APPENDIX_KINDS),
    mentionLinks: negatableOption(options, "mentionLinks"),
    pretty: flagOption(options, "pretty"),
    stylesheet: negatableOption(options, "stylesheet"),
    articleBody: flagOption(options, "articleBody"),
    quotes: negatableOption(options, "quotes"),
    claims: negatableOption(options, "claims"),
    // --site is a path here; runRender reads and checks the file.
    site: undefined,
    idBase: stringOption(options, "idBase", "--id-base"),
  };
  const sitePath = stringOption(options, "site", "--site");
  if (flags.idBase !== undefined && !/^https?:\/\/[^\s/?#]+[^\s#]*$/i.test(flags.idBase)) {
    throw new UsageError(
      `--id-base must be an absolute http(s) URL without a fragment (https://news.example.com/2015/russia), got "${flags.idBase}".`,
    );
  }
  const accepted = RENDER_TARGETS[format].flags;
  for (const key of Object.keys(FLAG_NAMES) as (keyof RenderFlags)[]) {
    const given =
      key === "appendix"
        ? flags.appendix.length > 0
        : key === "site"
          ? sitePath !== undefined
          : flags[key] !== DEFAULT_RENDER_FLAGS[key];
    if (given && !accepted.includes(key)) {
      const formats = RENDER_FORMATS.filter((f) => RENDER_TARGETS[f].flags.includes(key));
      throw new UsageError(
        `${FLAG_NAMES[key]} does not apply to --to ${format}; it works with --to ${formats.join(", ")}.`,
      );
    }
  }
  if (format === "md" && flags.appendix.length > 1) {
    throw new UsageError("--to md takes one --appendix (quotes or claims), not both.");
  }
  return flags;
}

/** What rendering one input to one file gave. */
export interface Outcome {
  readonly input: InputSource;
  readonly problems: readonly Problem[];
  /**
   * What reading a Markdown input could not keep (its import report) and
   * what the output format could not carry (ninjs, ans): printed, never a failure.
   */
  readonly warnings?: readonly Problem[];
  /** The rendered text (stdout mode) or `undefined` after a failure. */
  readonly output?: string;
}

/** Renders a loaded article; a renderer exception becomes a problem. */
function renderArticle(
  article: Article,
  format: RenderFormat,
  flags: RenderFlags,
  debug: boolean,
): { ok: true; text: string; warnings: Problem[] } | { ok: false; problem: Problem } {
  try {
    const text = RENDER_TARGETS[format].render(article, flags);
    return { ok: true, text, warnings: lossWarnings(article, format) };
  } catch (error) {
    return { ok: false, problem: renderFailed(format, error, debug) };
  }
}

/** `newsdoc render <paths…> --to <format>`: Markdown, HTML or JSON-LD files. */
export const renderCommand: CommandDefinition = {
  name: "render",
  usage: "render [...paths]",
  summary: "Render articles to Markdown, HTML, a full HTML page, JSON-LD, ninjs or ANS",
  details: [
    "One input and no --out: the output goes to stdout. Several inputs need --out DIR: each",
    "input becomes DIR/<base name>.<md|html|jsonld|ninjs.json|ans.json>. Outputs are written",
    "to a temporary file and renamed into place, so a failed run never leaves a half-written",
    "file; an output never overwrites an input. Invalid inputs are reported and produce no",
    "output. ninjs and ans print what the format cannot carry (quotes, claims, …) as warnings.",
  ],
  options: [
    {
      flags: "--to <format>",
      description: "md, html, html-document, jsonld, ninjs or ans (required)",
    },
    { flags: "-o, --out <dir>", description: "Write one file per input into DIR (- for stdout)" },
    { flags: "--front-matter", description: "md: YAML front matter with the metadata" },
    {
      flags: "--appendix <kind>",
      description: "md, html, html-document: add a quotes or claims appendix",
    },
    {
      flags: "--no-mention-links",
      description: "md, html, html-document: mentions as plain words",
    },
    {
      flags: "--pretty",
      description: "html, html-document, jsonld, ninjs, ans: indented output",
    },
    { flags: "--no-stylesheet", description: "html-document: leave out the default <style>" },
    { flags: "--article-body", description: "jsonld, html-document: add articleBody to JSON-LD" },
    { flags: "--no-quotes", description: "jsonld, html-document: no Quotation nodes" },
    { flags: "--no-claims", description: "jsonld, html-document: no Claim nodes" },
    {
      flags: "--site <file>",
      description: "jsonld, html-document: site configuration (YAML): publisher, logo, title…",
    },
    {
      flags: "--id-base <url>",
      description:
        "jsonld, html-document: prefix of every JSON-LD @id (default: the article's url)",
    },
    JOBS_OPTION,
    ...INPUT_OPTIONS,
  ],
  examples: [
    "newsdoc render --example --to html-document > article.html",
    "newsdoc render article.json --to md --front-matter --appendix quotes",
    "newsdoc render articles/ --to jsonld --pretty --out public/ld",
    "newsdoc render article.json --to html-document --site site.yaml",
  ],
  run: runRender,
};

async function runRender(
  paths: readonly string[],
  options: ParsedOptions,
  io: CliIo,
): Promise<ExitCode> {
  const format = choiceOption(options, "to", "--to", RENDER_FORMATS);
  if (format === undefined) {
    throw new UsageError(`render needs --to with one of: ${RENDER_FORMATS.join(", ")}.`);
  }
  const given = renderFlags(options, format);
  const sitePath = stringOption(options, "site", "--site");
  const flags = sitePath === undefined ? given : { ...given, site: await loadSite(sitePath, io) };
  const example = options.example === true;
  const quiet = options.quiet === true;
  const debug = options.debug === true;
  const jobs = jobsOption(options);
  if (paths.length === 0 && !example) {
    throw new UsageError(
      "render needs at least one file or folder (or --example). Example: newsdoc render article.json --to html",
    );
  }
  const out = stringOption(options, "out", "--out");
  const collected = await collectFiles(paths, io);
  const inputs = example ? [exampleInput, ...collected.inputs] : collected.inputs;
  const toStdout = out === undefined || out === "-";
  if (toStdout && inputs.length > 1) {
    throw new UsageError(
      `${inputs.length} inputs and only one stdout: pass --out DIR to write one file per input.`,
    );
  }

  const stderrColors = colorsFor(io.stderr, io.env);
  const report = (file: string, problems: readonly Problem[]) => {
    for (const problem of problems)
      io.stderr.write(`${formatProblem(file, problem, stderrColors)}\n`);
  };
  // The files a folder walk left out, named as notes (never a failure), then the paths that gave nothing.
  for (const { display, problem } of [...collected.skipped, ...collected.problems])
    report(display, [problem]);
  let failed = collected.problems.length;

  if (toStdout) {
    const input = inputs[0];
    if (input === undefined) return ExitCode.invalid;
    const loaded = await loadArticle(input, io.fs);
    if (!loaded.ok) {
      report(input.display, loaded.problems);
      return ExitCode.invalid;
    }
    report(input.display, loaded.warnings ?? []);
    const rendered = renderArticle(loaded.article, format, flags, debug);
    if (!rendered.ok) {
      report(input.display, [rendered.problem]);
      return ExitCode.invalid;
    }
    if (!quiet) report(input.display, rendered.warnings);
    io.stdout.write(rendered.text);
    return failed > 0 ? ExitCode.invalid : ExitCode.ok;
  }

  const outPath = resolve(io.cwd, out);
  const outStats = await io.fs.stat(outPath).catch(() => undefined);
  if (outStats !== undefined && !outStats.isDirectory()) {
    throw new UsageError(`--out ${out} is a file; --out takes a folder.`);
  }
  const planned = await planOutputs(
    inputs,
    { path: outPath, display: out },
    RENDER_TARGETS[format].extension,
    io.fs,
  );
  if (planned.length > 0) {
    try {
      await io.fs.mkdir(outPath, { recursive: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report(out, [
        { severity: "error", code: "write-failed", message: `Cannot create the folder: ${reason}` },
      ]);
      return ExitCode.invalid;
    }
  }

  const progress = createProgress(
    io.stderr,
    planned.length,
    showsProgress(io.stderr, planned.length, quiet),
  );
  let outcomes: Outcome[];
  try {
    outcomes = await runBatch(planned, {
      jobs,
      fs: io.fs,
      progress,
      task: { kind: "render", format, flags, debug },
      run: ({ input, path, display }) =>
        renderToFile(input, path, display, format, flags, debug, io),
    });
  } finally {
    progress.done();
  }
  for (const outcome of outcomes) {
    report(outcome.input.display, outcome.warnings ?? []);
    if (outcome.problems.length > 0) {
      failed++;
      report(outcome.input.display, outcome.problems);
    }
  }
  if (!quiet) {
    const written = outcomes.length - outcomes.filter((o) => o.problems.length > 0).length;
    const total = written + failed;
    const summary =
      failed === 0
        ? `Rendered ${written} ${written === 1 ? "file" : "files"} to ${out} (${format}).`
        : `Rendered ${written} of ${total} ${total === 1 ? "file" : "files"} to ${out} (${format}); ${failed} failed.`;
    io.stderr.write(`${failed > 0 ? "\n" : ""}${summary}\n`);
  }
  return failed > 0 ? ExitCode.invalid : ExitCode.ok;
}

/**
 * Renders one input into its planned output file (atomically), or says why
 * not. Never throws for a bad input: the batch path calls it for every file,
 * on the main thread (`--jobs 1`) or in a worker.
 */
export async function renderToFile(
  input: InputSource,
  path: string,
  display: string,
  format: RenderFormat,
  flags: RenderFlags,
  debug: boolean,
  io: Pick<CliIo, "fs">,
): Promise<Outcome> {
  const loaded = await loadArticle(input, io.fs);
  if (!loaded.ok) return { input, problems: loaded.problems };
  const warnings = loaded.warnings ?? [];
  const written = await writeRendered(loaded.article, format, flags, path, display, io.fs, debug);
  if (written.problems.length > 0) return { input, warnings, problems: [...written.problems] };
  return { input, problems: [], warnings: [...warnings, ...written.warnings] };
}
