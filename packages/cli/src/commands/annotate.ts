import { resolve } from "node:path";
import type { AnnotateReport } from "@newsdoc/annotate";
import { type Article, safeParseArticle } from "@newsdoc/core";
import { stringify } from "yaml";
import { mergeEntities, registryEntities } from "../annotate/merge-entities.js";
import { reviewTable } from "../annotate/review-table.js";
import { ExitCode } from "../exit-code.js";
import { readArticleFile, syntaxOf } from "../input/read-article-file.js";
import type { CliIo } from "../io.js";
import { colorsFor } from "../output/colors.js";
import { formatProblem } from "../output/format-problems.js";
import { writeFileAtomic } from "../output/write-atomic.js";
import type { Problem } from "../problem.js";
import { UsageError } from "../usage-error.js";
import type { CommandDefinition } from "./command-definition.js";
import { choiceOption, stringOption } from "./option-values.js";

/** The formats of `newsdoc annotate`'s review. */
export const ANNOTATE_FORMATS = ["text", "json"] as const;

function threshold(options: Readonly<Record<string, unknown>>): number {
  const raw = stringOption(options, "applyAbove", "--apply-above");
  if (raw === undefined) return 0.8;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`--apply-above takes a number from 0 to 1 (like 0.8), not "${raw}".`);
  }
  return value;
}

function fail(io: CliIo, file: string, problems: readonly Problem[]): ExitCode {
  const colors = colorsFor(io.stderr, io.env);
  for (const p of problems) io.stderr.write(`${formatProblem(file, p, colors)}\n`);
  return ExitCode.invalid;
}

const asProblems = (
  issues: readonly { code: string; message: string; path: (string | number)[] }[],
) =>
  issues.map(
    (i): Problem => ({ severity: "error", code: i.code, message: i.message, path: i.path }),
  );

/**
 * The annotated article, or the problems that stopped it: reads and
 * validates the file, merges the registry, validates again, annotates.
 */
export async function annotateFile(
  file: string,
  options: { entities?: string | undefined; applyAbove: number },
  io: CliIo,
): Promise<
  | { ok: true; article: Article; report: AnnotateReport }
  | { ok: false; file: string; problems: Problem[] }
> {
  const read = await readArticleFile(resolve(io.cwd, file), io.fs);
  if (!read.ok) return { ok: false, file, problems: [read.problem] };
  let data = read.data;
  if (options.entities !== undefined) {
    const registry = await readArticleFile(resolve(io.cwd, options.entities), io.fs);
    if (!registry.ok) return { ok: false, file: options.entities, problems: [registry.problem] };
    const entities = registryEntities(registry.data);
    if (!entities) {
      return {
        ok: false,
        file: options.entities,
        problems: [
          {
            severity: "error",
            code: "registry-shape",
            message:
              "An entity registry is a list of entities, or an object with an `entities` list (each entity as in an article's `entities`).",
          },
        ],
      };
    }
    // Merged before validation: a draft may refer to entities only the registry has.
    data = mergeEntities(data, entities);
  }
  const parsed = safeParseArticle(data);
  if (!parsed.success) return { ok: false, file, problems: asProblems(parsed.error.issues) };
  const article = parsed.data;
  // Loaded only by this command, so the others start without it.
  const { annotate } = await import("@newsdoc/annotate");
  const result = annotate(article, { applyAbove: options.applyAbove });
  return { ok: true, article: result.article, report: result.report };
}

/** `newsdoc annotate <file>`: propose mentions, quotes and speakers; review; optionally write. */
export const annotateCommand: CommandDefinition = {
  name: "annotate",
  usage: "annotate [file]",
  summary: "Propose mentions, quote spans and speakers for an article, and review them",
  details: [
    "Marks every name of the entity registry as a mention, every passage between quotation",
    "marks as a quote with its span, and proposes its speaker from the sentence's construction",
    '("Peskov added", "said John Kerry", "according to Gazeta"). Quotes whose speaker reaches',
    "--apply-above are added; the rest are listed for review. The text never changes.",
    "Without --write nothing is written: the review goes to stdout.",
  ],
  options: [
    {
      flags: "--entities <file>",
      description: "Merge this entity registry (JSON or YAML list) first",
    },
    {
      flags: "--apply-above <n>",
      description: "Add quotes whose speaker confidence is at least n (default: 0.8)",
    },
    { flags: "--write", description: "Write the annotated article back to the file (atomically)" },
    { flags: "--format <format>", description: "Review as text or json (default: text)" },
  ],
  examples: [
    "newsdoc annotate draft.json",
    "newsdoc annotate draft.yaml --entities registry.yaml --apply-above 0.9",
    "newsdoc annotate draft.json --write",
    "newsdoc annotate draft.json --format json > review.json",
  ],
  async run(args, options, io) {
    if (args.length !== 1) {
      throw new UsageError(
        args.length === 0
          ? "Give the article file to annotate."
          : "annotate takes one file at a time.",
      );
    }
    const file = args[0]!;
    const format = choiceOption(options, "format", "--format", ANNOTATE_FORMATS) ?? "text";
    const applyAbove = threshold(options);
    const entities = stringOption(options, "entities", "--entities");
    const result = await annotateFile(file, { entities, applyAbove }, io);
    if (!result.ok) return fail(io, result.file, result.problems);
    if (format === "json") {
      io.stdout.write(`${JSON.stringify({ file, applyAbove, ...result.report }, null, 2)}\n`);
    } else {
      io.stdout.write(reviewTable(file, result.report, applyAbove, colorsFor(io.stdout, io.env)));
    }
    if (options.write === true) {
      const path = resolve(io.cwd, file);
      const text =
        syntaxOf(path) === "yaml"
          ? stringify(result.article)
          : `${JSON.stringify(result.article, null, 2)}\n`;
      await writeFileAtomic(path, text, io.fs);
      io.stderr.write(`Wrote ${file}.\n`);
    }
    return ExitCode.ok;
  },
};
