/**
 * End-to-end: the BUILT binary (`node dist/cli.js`), as a user runs it. The
 * root `pnpm test:all` builds first; run `pnpm --filter @newsdoc/cli... build`
 * before running this file alone. Everything else is tested in-process
 * through `main` (see main.test.ts and commands/*.test.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "@newsdoc/core/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createFixture, exampleJson, FIXTURE_FILES } from "./test-fixtures.js";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const examples = fileURLToPath(new URL("../../../docs/examples/", import.meta.url));
const bin = join(packageRoot, "dist/cli.js");

/** The newest modification time of the package's source files (tests excluded). */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.includes(".test")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function assertBuilt(): void {
  const hint = "Build it first: pnpm --filter @newsdoc/cli... build (pnpm test:all does this).";
  if (!existsSync(bin)) throw new Error(`${bin} does not exist. ${hint}`);
  if (statSync(bin).mtimeMs < newestSource(join(packageRoot, "src"))) {
    throw new Error(`${bin} is older than packages/cli/src. ${hint}`);
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function newsdoc(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
let cwd: string;

beforeAll(async () => {
  assertBuilt();
  cwd = await createFixture();
});
afterAll(async () => {
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

// Each test spawns node (a cold start of the CLI) a few times: on a loaded
// machine that takes seconds, so the tests get a minute, like spawnSync.
describe("the built newsdoc binary", { timeout: 120_000 }, () => {
  it("validates the example article: exit 0", () => {
    const run = newsdoc(["validate", "--example"], cwd);
    expect(run).toEqual({ code: 0, stdout: "1 file checked: 1 valid, 0 invalid.\n", stderr: "" });
  });

  it("validates a folder of valid and invalid articles, bad JSON, bad YAML and a missing file: exit 1", () => {
    const run = newsdoc(["validate", "articles", "valid", "missing.json"], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "missing.json: error: No such file or folder. Check the path. (file-not-found)",
    );
    expect(run.stdout).toContain("articles/broken.json:4:3: error: Expected ',' or '}'");
    expect(run.stdout).toMatch(/articles\/broken-yaml\.yml:3:\d+: error: /);
    expect(run.stdout).toContain("articles/nested/unknown-author.json:authors[0]: error: ");
    expect(run.stdout).toContain("articles/nested/empty-headline.json:headline: error: ");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("9 files checked: 4 valid, 5 invalid.");
    expect(run.stdout).not.toContain("\u001b["); // a pipe is not a terminal: no colour
    expect(run.stderr).toBe("");
  });

  it("reports a missing headline AND an unknown quote speaker in one run, exit 1; JSON carries typed params", async () => {
    const { headline: _, ...rest } = structuredClone(article);
    const broken = {
      ...rest,
      quotes: rest.quotes.map((q, i) => (i === 0 ? { ...q, speaker: "mualem" } : q)),
    };
    await mkdir(join(cwd, "both"), { recursive: true });
    await writeFile(join(cwd, "both/article.json"), JSON.stringify(broken, null, 2));
    const text = newsdoc(["validate", "both/article.json"], cwd);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("both/article.json:headline: error: Missing required field");
    expect(text.stdout).toContain("both/article.json:quotes[0].speaker: error: ");
    expect(text.stdout).toContain("(unknown_reference)");
    const json = newsdoc(["validate", "--format", "json", "both/article.json"], cwd);
    expect(json.code).toBe(1);
    const issues = JSON.parse(json.stdout).files[0].issues;
    expect(issues).toEqual([
      expect.objectContaining({
        code: "missing_field",
        path: ["headline"],
        params: { field: "headline", expected: "a string" },
      }),
      expect.objectContaining({
        code: "unknown_reference",
        path: ["quotes", 0, "speaker"],
        params: {
          id: "mualem",
          registry: "entities",
          role: "a quote's speaker",
          kinds: ["Person", "Organization"],
          nearest: "muallem",
        },
      }),
    ]);
  });

  it("--format json reports every file", () => {
    const run = newsdoc(["lint", "valid", "--format", "json"], cwd);
    const report = JSON.parse(run.stdout);
    expect(report.command).toBe("lint");
    expect(report.files.map((file: { file: string }) => file.file)).toEqual([
      "valid/a.json",
      "valid/b.yaml",
    ]);
    expect(run.code).toBe(report.summary.failed > 0 ? 1 : 0);
  });

  it("renders the example to stdout with no file", () => {
    const run = newsdoc(["render", "--example", "--to", "html-document"], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).toContain(article.headline);
  });

  it("renders a folder with --out: one file per valid input, a report for the others", async () => {
    const run = newsdoc(["render", "articles", "--to", "md", "--out", "out-md"], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Rendered 2 of 6 files to out-md (md); 4 failed.");
    expect((await readdir(join(cwd, "out-md"))).sort()).toEqual(["good-too.md", "good.md"]);
    const single = newsdoc(["render", "valid/a.json", "--to", "md"], cwd);
    expect(await readFile(join(cwd, "out-md/good.md"), "utf8")).toBe(single.stdout);
  });

  it("prints the JSON Schema and the example article", () => {
    const schema = newsdoc(["schema"], cwd);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const example = newsdoc(["example"], cwd);
    expect(example).toEqual({ code: 0, stdout: exampleJson, stderr: "" });
  });

  it("reports usage errors with exit 2 and no stack trace", () => {
    for (const args of [["frobnicate"], ["render", "--example", "--to", "pdf"], ["validate"]]) {
      const run = newsdoc(args, cwd);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^newsdoc: .+\nRun "newsdoc.* --help" for usage\.\n$/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("a write that fails at the rename leaves no temp file and the target untouched", async () => {
    const root = await createFixture({ "in/a.json": exampleJson, "in/b.json": exampleJson });
    // A folder where out/a.md should go: the rename onto it fails.
    await mkdir(join(root, "out/a.md"), { recursive: true });
    await writeFile(join(root, "out/a.md/keep.txt"), "keep");
    const run = newsdoc(["render", "in", "--to", "md", "--out", "out"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^in\/a\.json: error: Could not write out\/a\.md: /m);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect((await readdir(join(root, "out"))).sort()).toEqual(["a.md", "b.md"]);
    expect(await readdir(join(root, "out/a.md"))).toEqual(["keep.txt"]);
    await rm(root, { recursive: true, force: true });
  });

  it.each([["1"], ["2"]])(
    "--jobs %s: killed in the middle of a batch, it leaves only complete outputs and no temp files",
    async (jobs) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 300; i++)
        files[`in/article-${String(i).padStart(3, "0")}.json`] = exampleJson;
      const root = await createFixture(files);
      const expected = newsdoc(["render", "--example", "--to", "html-document"], root).stdout;
      const child = spawn(
        process.execPath,
        [bin, "render", "in", "--to", "html-document", "--out", "out", "--jobs", jobs],
        {
          cwd: root,
          stdio: "ignore",
        },
      );
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      // Kill as soon as the first output exists (or let it finish, if it is faster than we look).
      let finished = false;
      void exited.then(() => {
        finished = true;
      });
      while (
        !finished &&
        !(existsSync(join(root, "out")) && readdirSync(join(root, "out")).length > 0)
      ) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      child.kill("SIGTERM");
      await exited;
      const left = existsSync(join(root, "out")) ? await readdir(join(root, "out")) : [];
      expect(left.filter((name) => !/^article-\d{3}\.html$/.test(name))).toEqual([]);
      for (const name of left) {
        expect(await readFile(join(root, "out", name), "utf8")).toBe(expected);
      }
      await rm(root, { recursive: true, force: true });
    },
  );

  it("--jobs 2 (the built worker, dist/worker.js) gives the outputs and messages of --jobs 1", async () => {
    const files: Record<string, string> = { ...FIXTURE_FILES };
    for (let i = 0; i < 150; i++) {
      const copy = { ...article, id: `copy-${i}`, headline: `${article.headline} <${i}>` };
      files[`many/copy-${String(i).padStart(3, "0")}.json`] =
        i % 25 === 7 ? JSON.stringify({ ...copy, authors: ["nobody"] }) : JSON.stringify(copy);
    }
    const root = await createFixture(files);
    for (const args of [
      ["validate", "articles", "many", "missing.json"],
      ["lint", "many", "--format", "json"],
    ]) {
      const one = newsdoc([...args, "--jobs", "1"], root);
      expect(one.code).toBe(1);
      expect(newsdoc([...args, "--jobs", "2"], root)).toEqual(one);
    }
    const one = newsdoc(["render", "many", "--to", "md", "--out", "one", "-j", "1"], root);
    const two = newsdoc(["render", "many", "--to", "md", "--out", "two", "-j", "2"], root);
    expect(one.code).toBe(1);
    expect({ ...two, stderr: two.stderr.replaceAll("two", "one") }).toEqual(one);
    const names = (await readdir(join(root, "one"))).sort();
    expect(names).toHaveLength(144);
    expect((await readdir(join(root, "two"))).sort()).toEqual(names);
    for (const name of names) {
      expect(await readFile(join(root, "two", name), "utf8")).toBe(
        await readFile(join(root, "one", name), "utf8"),
      );
    }
    await rm(root, { recursive: true, force: true });
  });
});

const BRIEF = [
  "---",
  "id: brief",
  "language: en",
  "---",
  "# Putin meets Muallem",
  "",
  ":mention[Vladimir Putin]{#putin} met :mention[Walid al-Muallem]{#muallem} in Moscow.",
  "",
  "<div>raw</div>",
  "",
].join("\n");

describe("the built binary reads newsdoc Markdown and HTML", { timeout: 120_000 }, () => {
  let root: string;
  beforeAll(async () => {
    assertBuilt();
    root = await createFixture({
      "story/russia-syria.md": await readFile(join(examples, "russia-syria.md"), "utf8"),
      "story/russia-syria-entities.yaml": await readFile(
        join(examples, "russia-syria-entities.yaml"),
        "utf8",
      ),
      "story/README.md": "# About this folder\n\nNot an article.\n",
      "drafts/brief.md": BRIEF,
      "drafts/plain.md": "---\nid: plain\nlanguage: en\n---\n# Plain\n\nWords.\n\n<div>raw</div>\n",
      "drafts/page.html":
        '<!doctype html><html lang="en"><head><title>Russia denies sending troops</title></head>' +
        "<body><p>The ministry <b>denied</b> it.<script>track()</script></p></body></html>",
      "broken/bad-yaml.md": "---\nid: bad\nlanguage: [en\n---\n# Bad\n",
      "broken/unknown.md":
        "---\nid: unknown\nlanguage: en\n---\n# Unknown\n\nSee :mention[Nobody]{#nobody}.\n",
    });
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("import: the seed article's Markdown, with its registry file, is the example (--out, json)", async () => {
    const run = newsdoc(["import", "story/russia-syria.md", "--out", "out"], root);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "Imported 1 file to out (json).\n" });
    expect(await readdir(join(root, "out"))).toEqual(["russia-syria.json"]);
    expect(JSON.parse(await readFile(join(root, "out/russia-syria.json"), "utf8"))).toEqual(
      JSON.parse(exampleJson),
    );
  });

  it("import --to yaml to stdout, with --entities: mentions resolve, the import report is warnings", () => {
    const run = newsdoc(
      [
        "import",
        "drafts/brief.md",
        "--entities",
        "story/russia-syria-entities.yaml",
        "--to",
        "yaml",
      ],
      root,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'drafts/brief.md:9:1: warning: Raw HTML "<div>raw</div>" was dropped: the model holds no HTML. (html-dropped)\n',
    );
    const imported = parseYaml(run.stdout);
    expect(imported.headline).toBe("Putin meets Muallem");
    expect(imported.entities.map((e: { id: string }) => e.id)).toEqual(["putin", "muallem"]);
    expect(imported.entities[0]).toEqual(article.entities.find((e) => e.id === "putin"));
  });

  it("import reads HTML (by extension), reporting what it dropped", () => {
    const run = newsdoc(["import", "drafts/page.html"], root);
    expect(run.code).toBe(0);
    const imported = JSON.parse(run.stdout);
    expect(imported.headline).toBe("Russia denies sending troops");
    expect(imported.language).toBe("en");
    expect(imported.body).toEqual([
      {
        type: "paragraph",
        children: ["The ministry ", { type: "strong", children: ["denied"] }, " it."],
      },
    ]);
    expect(run.stderr).toMatch(/^drafts\/page\.html:1:\d+: warning: <script> dropped/m);
  });

  it("import: a file that gives no article is exit 1 with line:column, and writes nothing", async () => {
    const run = newsdoc(["import", "broken", "drafts/brief.md", "--out", "out-broken"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\/bad-yaml\.md:3:\d+: error: /m);
    expect(run.stderr).toContain(
      'broken/unknown.md:7:5: error: body[0].children[1].entity: "nobody" (a mention) is not the id of any entity',
    );
    expect(run.stderr).toContain("Imported 0 of 3 files to out-broken (json); 3 failed.");
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(
      existsSync(join(root, "out-broken")) ? await readdir(join(root, "out-broken")) : [],
    ).toEqual([]);
  });

  it("render article.md: the same page as the example; a folder skips a README without front matter", () => {
    const md = newsdoc(["render", "story/russia-syria.md", "--to", "html-document"], root);
    const example = newsdoc(["render", "--example", "--to", "html-document"], root);
    expect(md).toEqual({ code: 0, stdout: example.stdout, stderr: "" });
    const validate = newsdoc(["validate", "story/russia-syria.md", "story/README.md"], root);
    // Named on the command line, a README is read: plain CommonMark, with its import notes.
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^story\/README\.md: warning: .+\(language-missing\)$/m);
    expect(validate.stdout).toContain("2 files checked: 2 valid, 0 invalid.");
    const folder = newsdoc(["lint", "story", "drafts/brief.md", "--format", "json"], root);
    const files = JSON.parse(folder.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toContain("story/russia-syria.md");
    expect(files).not.toContain("story/README.md");
    // The registry beside the article is no article: skipped, not an error.
    expect(files).not.toContain("story/russia-syria-entities.yaml");
  });

  it("render prints a Markdown file's import report as warnings and still renders it", () => {
    const run = newsdoc(["render", "drafts/plain.md", "--to", "md"], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'drafts/plain.md:9:1: warning: Raw HTML "<div>raw</div>" was dropped: the model holds no HTML. (html-dropped)\n',
    );
    expect(run.stdout).toContain("# Plain");
    expect(run.stdout).toContain("Words.");
    const out = newsdoc(["render", "drafts/plain.md", "--to", "html", "--out", "out-plain"], root);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("drafts/plain.md:9:1: warning: Raw HTML");
    expect(out.stderr).toContain("Rendered 1 file to out-plain (html).");
  });
});
