// --jobs N against --jobs 1 on one folder: the worker threads run the same
// per-file code, so outputs, messages, their order and the exit code must be
// byte-for-byte the same. The workers start from these TypeScript sources
// (see worker-script.ts), so this tests the code in the tree, not a build.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { article } from "@newsdoc/core/example";
import { articleArbitrary, rawText, xssCorpus } from "@newsdoc/test-utils";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { resolveIo } from "../io.js";
import { type RunResult, runMain } from "../test-io.js";
import { FILES_PER_THREAD, threadsFor } from "./run-batch.js";

/** A folder of generated articles: valid ones, invalid ones, hostile text, broken files. */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  const generated = fc.sample(articleArbitrary({ ids: "hostile" }), { numRuns: 150, seed: 2215 });
  generated.forEach((generatedArticle, i) => {
    const name = `gen/${String(i).padStart(3, "0")}`;
    if (i % 10 === 3) files[`${name}.yaml`] = stringify(generatedArticle);
    else files[`${name}.json`] = JSON.stringify(generatedArticle);
  });
  const hostile = fc.sample(rawText(), { numRuns: 30, seed: 7 });
  hostile.forEach((text, i) => {
    // Lone surrogates and control characters: some valid, most rejected with a message.
    files[`hostile/raw-${String(i).padStart(2, "0")}.json`] = JSON.stringify({
      ...article,
      headline: text,
    });
  });
  xssCorpus.slice(0, 20).forEach((vector, i) => {
    files[`hostile/xss-${String(i).padStart(2, "0")}.json`] = JSON.stringify({
      ...article,
      headline: vector.payload,
      url: vector.kind === "url" ? vector.payload : article.url,
    });
  });
  files["bad/unknown-author.json"] = JSON.stringify({ ...article, authors: ["nobody"] });
  files["bad/no-headline.json"] = JSON.stringify({ ...article, headline: undefined });
  files["bad/broken.json"] = '{ "newsdoc": 1,\n  "id": "x"\n  "headline": "y" }';
  files["bad/broken-yaml.yaml"] = "newsdoc: 1\nid: [x\n";
  files["bad/empty.json"] = "";
  files["bad/deep.json"] = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  files["bad/front-matter.md"] = "---\nheadline: [\n---\n\nBody.\n";
  return files;
}

let root: string;
const FILES = corpus();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsdoc-batch-"));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(root, "in", path, ".."), { recursive: true });
    await writeFile(join(root, "in", path), text);
  }
  await writeFile(join(root, "in/bad/not-utf8.json"), Buffer.from([0xff, 0xfe, 0x00]));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every file under `folder`, by relative path, with its bytes. */
async function tree(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(folder.length + 1)] = (await readFile(path)).toString("base64");
  }
  return out;
}

const run = (args: readonly string[]): Promise<RunResult> => runMain(args, { cwd: root });

describe("a batch on worker threads gives what one thread gives", { timeout: 600_000 }, () => {
  it("has enough files for --jobs 3 to start two workers beside the main thread", () => {
    expect(Object.keys(FILES).length).toBeGreaterThanOrEqual(3 * FILES_PER_THREAD);
    expect(threadsFor(3, Object.keys(FILES).length, resolveIo().fs)).toBe(2);
  });

  it.each([
    ["validate", ["validate", "in"]],
    ["lint --strict --format json", ["lint", "in", "--strict", "--format", "json", "--example"]],
  ])("%s: the same report and exit code", async (_name, args) => {
    const one = await run([...args, "--jobs", "1"]);
    const three = await run([...args, "--jobs", "3"]);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("in/bad/broken.json");
    expect(three).toEqual(one);
  });

  it.each([["html"], ["md"], ["jsonld"]])(
    "render --to %s: the same files, byte for byte, the same messages, no temporary files",
    async (format) => {
      const render = async (jobs: number) => {
        const out = `out-${jobs}-${format}`;
        // A folder where one output should go: that write fails in both runs, the rest are written.
        await mkdir(join(root, out, `001.${format}`), { recursive: true });
        return run(["render", "in", "--to", format, "--out", out, "-j", String(jobs)]);
      };
      const one = await render(1);
      const three = await render(3);
      expect(one.code).toBe(1);
      expect(three.code).toBe(one.code);
      expect(three.stdout).toBe(one.stdout);
      // The one difference two runs may have, even both with --jobs 1: the
      // random name of the temporary file a failed write names.
      const same = (text: string) =>
        text
          .replaceAll(`out-3-${format}`, `out-1-${format}`)
          .replace(/-[0-9a-f]{12}\.tmp/g, "-<random>.tmp");
      expect(same(three.stderr)).toBe(same(one.stderr));
      const written = await tree(join(root, `out-1-${format}`));
      // Every valid input was rendered: a bad file in one worker stops nothing else.
      expect(Object.keys(written).length).toBeGreaterThan(150);
      expect(Object.keys(written).some((name) => name.endsWith(".tmp"))).toBe(false);
      expect(await tree(join(root, `out-3-${format}`))).toEqual(written);
      expect(one.stderr).toMatch(/^Rendered \d+ of \d+ files to out-1-\S+ \(\S+\); \d+ failed\.$/m);
      expect(one.stderr).toContain(
        `in/gen/001.json: error: Could not write out-1-${format}/001.${format}:`,
      );
    },
  );
});
