import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { lintArticle } from "@newsdoc/core";
import { formatPath } from "./format-path.js";
import { formatWarnings, lintHeading } from "./format-warnings.js";
import { loadArticle } from "./load-article.js";
import { renderOutputs, writeOutputs } from "./render-outputs.js";
import { formatSummary, summarise } from "./summarise.js";

/** Where the demo reads from and writes to. */
export interface RunContext {
  /** The directory relative paths are taken from (the user's shell directory). */
  cwd: string;
  /** Where the rendered files go, unless `--out` says otherwise. */
  outDir: string;
  /** Prints a line of normal output. */
  stdout: (line: string) => void;
  /** Prints a line of error output. */
  stderr: (line: string) => void;
}

const USAGE = [
  "Usage: pnpm demo [article.json] [--out DIR]",
  "",
  "Validates an article (the example article when no file is given), prints its",
  "lint warnings, writes article.md, article.html and article.jsonld, and prints",
  "a summary. Exits 1 when the file is missing, not JSON or not a valid article.",
];

/** Exit codes: 0 done, 1 bad input, 2 bad command line. */
export type ExitCode = 0 | 1 | 2;

/**
 * The demo, start to finish; returns the exit code. Never throws: every
 * failure is printed as a sentence on `stderr`.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), { cwd, outDir, stdout: console.log, stderr: console.error });
 * ```
 */
export async function run(args: readonly string[], ctx: RunContext): Promise<ExitCode> {
  let values: { help?: boolean; out?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" }, out: { type: "string", short: "o" } },
    }));
  } catch (error) {
    ctx.stderr(error instanceof Error ? error.message : String(error));
    for (const line of USAGE) ctx.stderr(line);
    return 2;
  }
  if (values.help) {
    for (const line of USAGE) ctx.stdout(line);
    return 0;
  }
  if (positionals.length > 1) {
    ctx.stderr(`Give one article file at most (got ${positionals.length}).`);
    for (const line of USAGE) ctx.stderr(line);
    return 2;
  }
  const show = (path: string) => {
    const rel = relative(ctx.cwd, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  };
  const file = positionals[0] === undefined ? undefined : resolve(ctx.cwd, positionals[0]);

  const loaded = await loadArticle(file);
  if (!loaded.ok) {
    ctx.stderr(`✗ ${loaded.message.replace(loaded.source, show(loaded.source))}`);
    for (const issue of loaded.issues) {
      ctx.stderr(`  ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`);
    }
    return 1;
  }
  const { article } = loaded;
  ctx.stdout(`✓ ${file ? show(file) : loaded.source} is a valid article: "${article.headline}"`);

  const warnings = lintArticle(article);
  ctx.stdout("");
  ctx.stdout(lintHeading(warnings));
  for (const line of formatWarnings(warnings)) ctx.stdout(`  ${line}`);

  ctx.stdout("");
  ctx.stdout("Summary");
  for (const line of formatSummary(summarise(article))) ctx.stdout(`  ${line}`);

  const outDir = values.out === undefined ? ctx.outDir : resolve(ctx.cwd, values.out);
  let written: Awaited<ReturnType<typeof writeOutputs>>;
  try {
    written = await writeOutputs(outDir, renderOutputs(article));
  } catch (error) {
    ctx.stderr(`✗ Could not render or write the files: ${(error as Error)?.message ?? error}`);
    return 1;
  }
  ctx.stdout("");
  ctx.stdout(`Files in ${show(outDir)}`);
  const width = Math.max(...written.map((w) => w.name.length));
  for (const w of written) {
    ctx.stdout(
      `  ${w.name.padEnd(width)}  ${w.format.padEnd(9)}  ${w.bytes.toLocaleString("en-US").padStart(7)} bytes`,
    );
  }
  return 0;
}
