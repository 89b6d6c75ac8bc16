import { basename, extname, resolve } from "node:path";
import { type Article, type Entity, EntitySchema } from "@newsdoc/core";
import { stringify } from "yaml";
import { ExitCode } from "../exit-code.js";
import {
  formatForPath,
  IMPORT_FORMAT_NAMES,
  IMPORT_FORMATS,
  type ImportFormatName,
  sniffJsonFormat,
} from "../import/import-formats.js";
import { collectFiles } from "../input/collect-files.js";
import type { InputSource } from "../input/input-source.js";
import { readTextFile } from "../input/read-article-file.js";
import type { CliIo } from "../io.js";
import { colorsFor } from "../output/colors.js";
import { formatProblem } from "../output/format-problems.js";
import { writeFileAtomic } from "../output/write-atomic.js";
import type { Problem } from "../problem.js";
import { planOutputs } from "../render/plan-outputs.js";
import { runPool } from "../run-pool.js";
import { UsageError } from "../usage-error.js";
import type { CommandDefinition, ParsedOptions } from "./command-definition.js";
import { CONCURRENCY } from "./concurrency.js";
import { choiceOption, stringOption } from "./option-values.js";

const TARGETS = ["json", "yaml"] as const;
type Target = (typeof TARGETS)[number];
const FROM = [...IMPORT_FORMAT_NAMES, "auto"] as const;

function serialize(article: unknown, to: Target): string {
  return to === "json"
    ? `${JSON.stringify(article, null, 2)}\n`
    : stringify(article, { lineWidth: 0 });
}

async function loadRegistry(path: string, io: CliIo): Promise<readonly Entity[]> {
  const read = await readTextFile(resolve(io.cwd, path), io.fs);
  if (!read.ok) throw new UsageError(`--entities ${path}: ${read.problem.message}`);
  const { parseRegistry } = await import("@newsdoc/markdown/import");
  const parsed = parseRegistry(read.text, path);
  if (!parsed.ok) {
    const at =
      parsed.issue.line !== undefined ? `:${parsed.issue.line}:${parsed.issue.column ?? 1}` : "";
    throw new UsageError(`--entities ${path}${at}: ${parsed.issue.message}`);
  }
  return parsed.entities.map((entity, i) => {
    const checked = EntitySchema.safeParse(entity);
    if (!checked.success) {
      throw new UsageError(
        `--entities ${path}: entity ${i + 1} is not a valid entity (${checked.error.issues[0]?.message ?? "bad shape"}).`,
      );
    }
    return checked.data as Entity;
  });
}

interface Outcome {
  readonly input: InputSource;
  readonly problems: readonly Problem[];
  readonly text?: string;
  /** With --annotate: one line on what annotate did. */
  readonly annotated?: string;
}

/** `--annotate`: the imported article run through `annotate`, and a line saying what it did. */
async function annotateImported(
  imported: Article,
  entities: readonly Entity[] | undefined,
  applyAbove: number,
): Promise<{ article: Article; summary: string }> {
  // Loaded only when asked for, like the import parsers.
  const { annotate } = await import("@newsdoc/annotate");
  // The shared registry is what annotate looks names up in besides the
  // article's own; the entities of it the article comes to refer to join it.
  const { article: annotated, report } = annotate(imported, {
    applyAbove,
    ...(entities ? { registry: entities } : {}),
  });
  const applied = report.quotes.filter((q) => q.applied).length;
  const review = report.quotes.length - applied + report.ambiguous.length;
  return {
    article: annotated,
    summary: `annotated: ${report.mentions.length} mentions added, ${report.quotes.length} quotes found, ${applied} applied at confidence ≥ ${applyAbove}, ${report.ambiguous.length} ambiguous names${review > 0 ? "; run newsdoc annotate on the output to review the rest" : ""}.`,
  };
}

async function importOne(
  input: InputSource,
  from: ImportFormatName | "auto",
  entities: readonly Entity[] | undefined,
  to: Target,
  io: CliIo,
  annotateAbove?: number,
): Promise<Outcome> {
  if (input.kind !== "file") return { input, problems: [] };
  let format = from === "auto" ? formatForPath(input.path) : from;
  let sniffed: string | undefined;
  if (format === undefined && input.path.toLowerCase().endsWith(".json")) {
    // A .json file named on the command line: ninjs or ANS, told apart by its shape.
    const peek = await readTextFile(input.path, io.fs);
    if (peek.ok) {
      sniffed = peek.text;
      format = sniffJsonFormat(peek.text);
    }
  }
  if (format === undefined) {
    return {
      input,
      problems: [
        {
          severity: "error",
          code: "unknown-format",
          message:
            sniffed !== undefined
              ? "This JSON is neither a ninjs item (uri and type) nor an ANS story (type story and version): pass --from ninjs or --from ans, or use validate for a newsdoc article."
              : `No importer reads ${extname(input.path) || "files without an extension"}: pass --from ${IMPORT_FORMAT_NAMES.join("|")}.`,
        },
      ],
    };
  }
  const read =
    sniffed !== undefined
      ? { ok: true as const, text: sniffed }
      : await readTextFile(input.path, io.fs);
  if (!read.ok) return { input, problems: [read.problem] };
  const base = basename(input.path);
  const outcome = await IMPORT_FORMATS[format].read(read.text, {
    path: input.path,
    entities,
    id: base.slice(0, base.length - extname(base).length) || base,
  });
  if (!outcome.ok) return { input, problems: outcome.problems };
  if (annotateAbove === undefined) {
    return { input, problems: outcome.warnings, text: serialize(outcome.article, to) };
  }
  const { article, summary } = await annotateImported(outcome.article, entities, annotateAbove);
  return { input, problems: outcome.warnings, text: serialize(article, to), annotated: summary };
}

async function runImport(
  paths: readonly string[],
  options: ParsedOptions,
  io: CliIo,
): Promise<ExitCode> {
  const from = choiceOption(options, "from", "--from", FROM) ?? "auto";
  const to = choiceOption(options, "to", "--to", TARGETS) ?? "json";
  const out = stringOption(options, "out", "--out");
  const entitiesPath = stringOption(options, "entities", "--entities");
  const quiet = options.quiet === true;
  const applyAboveText = stringOption(options, "applyAbove", "--apply-above");
  if (applyAboveText !== undefined && options.annotate !== true) {
    throw new UsageError("--apply-above goes with --annotate.");
  }
  let annotateAbove: number | undefined;
  if (options.annotate === true) {
    annotateAbove = applyAboveText === undefined ? 0.8 : Number(applyAboveText);
    if (applyAboveText?.trim() === "" || !(annotateAbove >= 0 && annotateAbove <= 1)) {
      throw new UsageError(
        `--apply-above takes a number from 0 to 1 (like 0.8), not "${applyAboveText}".`,
      );
    }
  }
  if (paths.length === 0) {
    throw new UsageError(
      "import needs at least one file or folder. Example: newsdoc import article.md --out articles/",
    );
  }
  const entities = entitiesPath === undefined ? undefined : await loadRegistry(entitiesPath, io);
  // A folder gives the files of the importers asked for (every Markdown file, front matter or
  // not: plain CommonMark is what import converts); a file named on the command line is taken as given.
  const extensions = (from === "auto" ? IMPORT_FORMAT_NAMES : [from]).flatMap(
    (name) => IMPORT_FORMATS[name].extensions,
  );
  const collected = await collectFiles(paths, io, {
    pattern: new RegExp(`(${extensions.map((ext) => ext.replace(".", "\\.")).join("|")})$`, "i"),
    markdownNeedsFrontMatter: false,
    describe: `${extensions.join(", ")} files`,
  });
  const inputs = collected.inputs;
  const toStdout = out === undefined || out === "-";
  if (toStdout && inputs.length > 1) {
    throw new UsageError(
      `${inputs.length} inputs and only one stdout: pass --out DIR to write one file per input.`,
    );
  }
  const colors = colorsFor(io.stderr, io.env);
  const report = (file: string, problems: readonly Problem[]) => {
    for (const problem of problems) io.stderr.write(`${formatProblem(file, problem, colors)}\n`);
  };
  // The files a folder walk left out, named as notes (never a failure), then the paths that gave nothing.
  for (const { display, problem } of [...collected.skipped, ...collected.problems])
    report(display, [problem]);
  let failed = collected.problems.length;

  if (toStdout) {
    const input = inputs[0];
    if (input === undefined) return ExitCode.invalid;
    const outcome = await importOne(input, from, entities, to, io, annotateAbove);
    report(input.display, outcome.problems);
    if (outcome.text === undefined) return ExitCode.invalid;
    if (outcome.annotated && !quiet) io.stderr.write(`${input.display}: ${outcome.annotated}\n`);
    io.stdout.write(outcome.text);
    return failed > 0 ? ExitCode.invalid : ExitCode.ok;
  }

  const outPath = resolve(io.cwd, out);
  const outStats = await io.fs.stat(outPath).catch(() => undefined);
  if (outStats !== undefined && !outStats.isDirectory()) {
    throw new UsageError(`--out ${out} is a file; --out takes a folder.`);
  }
  const planned = await planOutputs(inputs, { path: outPath, display: out }, `.${to}`, io.fs);
  if (planned.length > 0) await io.fs.mkdir(outPath, { recursive: true });
  const outcomes = await runPool(planned, CONCURRENCY, async ({ input, path, display }) => {
    const outcome = await importOne(input, from, entities, to, io, annotateAbove);
    if (outcome.text === undefined) return outcome;
    try {
      await writeFileAtomic(path, outcome.text, io.fs);
      return outcome;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        input,
        problems: [
          ...outcome.problems,
          {
            severity: "error" as const,
            code: "write-failed",
            message: `Could not write ${display}: ${reason}. No partial file was left.`,
          },
        ],
      };
    }
  });
  let written = 0;
  for (const outcome of outcomes) {
    report(outcome.input.display, outcome.problems);
    if (outcome.annotated && !quiet)
      io.stderr.write(`${outcome.input.display}: ${outcome.annotated}\n`);
    if (outcome.problems.some((p) => p.severity === "error")) failed++;
    else written++;
  }
  if (!quiet) {
    const total = written + failed;
    io.stderr.write(
      failed === 0
        ? `Imported ${written} ${written === 1 ? "file" : "files"} to ${out} (${to}).\n`
        : `\nImported ${written} of ${total} ${total === 1 ? "file" : "files"} to ${out} (${to}); ${failed} failed.\n`,
    );
  }
  return failed > 0 ? ExitCode.invalid : ExitCode.ok;
}

/** `newsdoc import <paths…>`: Markdown (and other formats) in, validated article files out. */
export const importCommand: CommandDefinition = {
  name: "import",
  usage: "import [...paths]",
  summary: "Read Markdown (or other formats) into validated article files",
  details: [
    "Each input becomes a validated article: to stdout for one input and no --out, else",
    "DIR/<base name>.<json|yaml>, written atomically. What the importer could not keep is",
    "printed as warnings (file:line:column); an input that gives no valid article is an",
    "error with its line and column, and produces no file.",
  ],
  options: [
    { flags: "--from <format>", description: `${FROM.join(", ")} (default: auto, by extension)` },
    {
      flags: "--entities <file>",
      description: "A shared entity registry (YAML or JSON list of entities)",
    },
    { flags: "--to <format>", description: "json or yaml (default: json)" },
    { flags: "-o, --out <dir>", description: "Write one file per input into DIR (- for stdout)" },
    {
      flags: "--annotate",
      description: "Run newsdoc annotate on each imported article (mentions, quotes, speakers)",
    },
    {
      flags: "--apply-above <n>",
      description:
        "With --annotate: add quotes whose speaker confidence is at least n (default: 0.8)",
    },
    { flags: "-q, --quiet", description: "No summary line" },
  ],
  examples: [
    "newsdoc import article.md > article.json",
    "newsdoc import draft.md --entities people.yaml --annotate > article.json",
    "newsdoc import drafts/ --entities people.yaml --out articles/",
    "newsdoc import article.md --to yaml",
  ],
  run: runImport,
};
