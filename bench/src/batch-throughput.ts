// Batch throughput of the `newsdoc` binary (issue #22 item 4): articles per
// second over one folder of generated article files, on the main thread
// (--jobs 1), on 2 worker threads and on one per core.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "@newsdoc/core/example";

/** How many article files the batch rows use. */
export const BATCH_FILES = 10_000;

/** One measured batch run. */
export interface BatchRow {
  readonly command: "validate" | "render --to html";
  readonly jobs: number;
  readonly files: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  /** The one-minute load average when the run ended (the machine may be shared). */
  readonly load: number;
}

const bin = fileURLToPath(new URL("../../packages/cli/bin/newsdoc.js", import.meta.url));

/**
 * Writes `files` article files (the example article with a unique id and
 * headline each, 100 per folder) into a temporary folder, runs the built
 * binary over it for each command and `--jobs` value, and removes it. Each
 * run is a fresh process, so worker start-up is part of the time, as it is
 * for a user.
 */
export function measureBatchThroughput(files = BATCH_FILES): BatchRow[] {
  const root = mkdtempSync(join(tmpdir(), "newsdoc-bench-batch-"));
  try {
    for (let i = 0; i < files; i++) {
      const folder = join(root, "in", String(Math.floor(i / 100)).padStart(3, "0"));
      if (i % 100 === 0) mkdirSync(folder, { recursive: true });
      const copy = {
        ...article,
        id: `${article.id}-${i}`,
        headline: `${article.headline} (${i})`,
      };
      writeFileSync(join(folder, `article-${i}.json`), JSON.stringify(copy));
    }
    const cores = availableParallelism();
    const jobs = [...new Set([1, 2, cores])];
    const rows: BatchRow[] = [];
    for (const command of ["validate", "render --to html"] as const) {
      for (const j of jobs) {
        const out = join(root, `out-${j}`);
        const args =
          command === "validate"
            ? ["validate", "in", "--quiet", "--jobs", String(j)]
            : ["render", "in", "--to", "html", "--out", out, "--quiet", "--jobs", String(j)];
        const started = process.hrtime.bigint();
        const run = spawnSync(process.execPath, [bin, ...args], {
          cwd: root,
          encoding: "utf8",
          timeout: 900_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (run.status !== 0) {
          throw new Error(
            `newsdoc ${args.join(" ")} exited with ${run.status ?? run.signal}: ${run.stderr}`,
          );
        }
        rows.push({
          command,
          jobs: j,
          files,
          seconds,
          articlesPerSecond: files / seconds,
          load: loadavg()[0] ?? 0,
        });
        rmSync(out, { recursive: true, force: true });
      }
    }
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The RESULTS.md section for {@link measureBatchThroughput}'s rows. */
export function batchSection(rows: readonly BatchRow[]): string[] {
  const base = (command: BatchRow["command"]) =>
    rows.find((row) => row.command === command && row.jobs === 1)?.articlesPerSecond ?? Number.NaN;
  return [
    "## Batch throughput (the `newsdoc` binary, one fresh process per row)",
    "",
    `${rows[0]?.files ?? 0} generated article files in 100 folders, on ${availableParallelism()} cores; \`--jobs 1\` works on the main thread only, \`--jobs N\` on the main thread and up to N − 1 worker threads (process start and worker start-up included). On a shared machine the speed-up is bounded by the cores the other processes leave free: see the load column.`,
    "",
    "| command | --jobs | seconds | articles/s | vs --jobs 1 | load |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| \`newsdoc ${row.command}\` | ${row.jobs} | ${row.seconds.toFixed(1)} | ${row.articlesPerSecond.toFixed(0)} | ${(row.articlesPerSecond / base(row.command)).toFixed(2)}× | ${row.load.toFixed(1)} |`,
    ),
    "",
  ];
}
