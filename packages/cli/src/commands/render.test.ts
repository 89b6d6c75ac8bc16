import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toAns } from "@newsdoc/ans";
import { parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { toHtml, toHtmlDocument } from "@newsdoc/html";
import { jsonLdString, toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";
import { toNinjs } from "@newsdoc/ninjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo } from "../io.js";
import { createFixture } from "../test-fixtures.js";
import { runMain } from "../test-io.js";

const valid = parseArticle(article);
let cwd: string;
beforeAll(async () => {
  cwd = await createFixture();
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const withNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

describe("newsdoc render to stdout", () => {
  it.each([
    ["md", [], withNewline(toMarkdown(valid))],
    ["html", [], withNewline(toHtml(valid))],
    ["html-document", [], withNewline(toHtmlDocument(valid))],
    ["jsonld", [], withNewline(jsonLdString(toJsonLd(valid)))],
    [
      "md",
      ["--front-matter", "--appendix", "quotes", "--no-mention-links"],
      withNewline(toMarkdown(valid, { frontMatter: true, appendix: "quotes", mentions: "text" })),
    ],
    [
      "html",
      ["--appendix", "quotes,claims", "--pretty", "--no-mention-links"],
      withNewline(
        toHtml(valid, { appendix: ["quotes", "claims"], pretty: true, mentions: "text" }),
      ),
    ],
    [
      "html-document",
      ["--no-stylesheet", "--article-body", "--no-claims"],
      withNewline(
        toHtmlDocument(valid, {
          stylesheet: false,
          jsonLd: { articleBody: true, quotes: true, claims: false },
        }),
      ),
    ],
    [
      "jsonld",
      ["--pretty", "--article-body", "--no-quotes"],
      withNewline(
        jsonLdString(toJsonLd(valid, { articleBody: true, quotes: false }), { space: 2 }),
      ),
    ],
  ])("--to %s %j prints what the renderer returns", async (format, flags, expected) => {
    const { code, stdout, stderr } = await runMain(
      ["render", "--example", "--to", format, ...flags],
      { cwd },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it("renders a single file, JSON or YAML, the same as the example", async () => {
    const fromJson = await runMain(["render", "valid/a.json", "--to", "md"], { cwd });
    const fromYaml = await runMain(["render", "valid/b.yaml", "--to", "md", "--out", "-"], { cwd });
    expect(fromJson.stdout).toBe(withNewline(toMarkdown(valid)));
    expect(fromYaml).toEqual(fromJson);
  });

  it("reports an invalid input on stderr, prints nothing, exit 1", async () => {
    const { code, stdout, stderr } = await runMain(
      ["render", "articles/nested/unknown-author.json", "--to", "html"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^articles\/nested\/unknown-author\.json:authors\[0\]: error: /);
  });

  it("refuses several inputs without --out (exit 2)", async () => {
    const { code, stderr } = await runMain(["render", "valid", "--to", "md"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("2 inputs and only one stdout: pass --out DIR");
  });

  it.each([
    [
      ["--to", "pdf"],
      'Unknown value "pdf" for --to; use one of: md, html, html-document, jsonld, ninjs, ans.',
    ],
    [[], "render needs --to with one of: md, html, html-document, jsonld, ninjs, ans."],
    [
      ["--to", "md", "--pretty"],
      "--pretty does not apply to --to md; it works with --to html, html-document, jsonld, ninjs, ans.",
    ],
    [
      ["--to", "html", "--front-matter"],
      "--front-matter does not apply to --to html; it works with --to md.",
    ],
    [["--to", "jsonld", "--no-stylesheet"], "--no-stylesheet does not apply to --to jsonld"],
    [
      ["--to", "md", "--appendix", "quotes", "--appendix", "claims"],
      "--to md takes one --appendix",
    ],
    [["--to", "md", "--appendix", "people"], 'Unknown value "people" for --appendix'],
    [["--to", "md", "--to", "html"], "--to was given 2 times; give it once."],
  ])("usage error for %j", async (flags, message) => {
    const { code, stderr } = await runMain(["render", "--example", ...flags], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("newsdoc render --to ninjs|ans", () => {
  it.each([
    ["ninjs", toNinjs(valid) as unknown, "not-in-ninjs"],
    ["ans", toAns(valid) as unknown, "not-in-ans"],
  ])(
    "--to %s prints the item and warns of what the format cannot carry",
    async (format, expected, code) => {
      const {
        code: exit,
        stdout,
        stderr,
      } = await runMain(["render", "--example", "--to", format, "--pretty"], { cwd });
      expect(exit).toBe(0);
      expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
      expect(stderr).toContain(code);
      expect(stderr).toMatch(/dropped quotes: /);
      const quiet = await runMain(["render", "--example", "--to", format, "--quiet"], { cwd });
      expect(quiet.stderr).toBe("");
      expect(quiet.stdout).toBe(`${JSON.stringify(expected)}\n`);
    },
  );

  it("writes .ninjs.json and .ans.json files, warnings printed, exit 0", async () => {
    const out = join(cwd, "out-interop");
    const { code, stderr } = await runMain(["render", "valid", "--to", "ans", "--out", out], {
      cwd,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/Rendered \d+ files? to/);
    const files = await readdir(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.endsWith(".ans.json"))).toBe(true);
  });
});

describe("newsdoc render --out", () => {
  it("writes one file per input with the format's extension; invalid inputs fail alone", async () => {
    const { code, stdout, stderr } = await runMain(
      ["render", "articles", "valid", "--example", "--to", "jsonld", "--out", "out-jsonld"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const written = (await readdir(join(cwd, "out-jsonld"))).sort();
    expect(written).toEqual([
      "a.jsonld",
      "b.jsonld",
      "example.jsonld",
      "good-too.jsonld",
      "good.jsonld",
    ]);
    const expected = withNewline(jsonLdString(toJsonLd(valid)));
    for (const name of written) {
      expect(await readFile(join(cwd, "out-jsonld", name), "utf8")).toBe(expected);
    }
    expect(stderr).toContain("articles/broken.json:4:3: error:");
    expect(stderr).toContain("Rendered 5 of 9 files to out-jsonld (jsonld); 4 failed.");
  });

  it("prints a one-line summary on success, nothing with --quiet", async () => {
    const loud = await runMain(["render", "valid", "--to", "html", "--out", "out-html"], { cwd });
    expect(loud).toEqual({ code: 0, stdout: "", stderr: "Rendered 2 files to out-html (html).\n" });
    const quiet = await runMain(["render", "valid", "--to", "html", "-o", "out-html", "-q"], {
      cwd,
    });
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await readdir(join(cwd, "out-html"))).sort()).toEqual(["a.html", "b.html"]);
  });

  it("names each file a folder walk skips (a registry, a README.md) on stderr; renders the rest, exit 0", async () => {
    const root = await createFixture({
      "news/story.json": JSON.stringify(article),
      "news/people.yaml": "- { id: a, type: Person, name: A }\n",
      "news/README.md": "# About these articles\n",
    });
    const notes = [
      "news/README.md: info: Skipped: Markdown without YAML front matter (a README, say), not a newsdoc article, which opens with a --- line. Name the file on the command line to read it as one anyway, or convert plain Markdown with newsdoc import. (skipped-markdown)",
      "news/people.yaml: info: Skipped: an entity registry (its top level is a list), not an article. An article is a mapping (newsdoc: 1, id, headline, …); name the file on the command line to read it as one anyway. (skipped-registry)",
    ];
    try {
      // One article left: to stdout, the notes beside it on stderr.
      const one = await runMain(["render", "news", "--to", "html"], { cwd: root });
      expect(one).toEqual({
        code: 0,
        stdout: withNewline(toHtml(valid)),
        stderr: `${notes.join("\n")}\n`,
      });
      const out = await runMain(["render", "news", "--to", "md", "--out", "out"], { cwd: root });
      expect(out).toEqual({
        code: 0,
        stdout: "",
        stderr: `${notes.join("\n")}\nRendered 1 file to out (md).\n`,
      });
      expect(await readdir(join(root, "out"))).toEqual(["story.md"]);
      // --quiet drops the summary, not the notes.
      const quiet = await runMain(["render", "news", "--to", "md", "-o", "out", "-q"], {
        cwd: root,
      });
      expect(quiet).toEqual({ code: 0, stdout: "", stderr: `${notes.join("\n")}\n` });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuses inputs whose outputs would collide, before writing anything", async () => {
    const root = await createFixture({ "one/x.json": "{}", "two/x.yaml": "{}" });
    const { code, stderr } = await runMain(["render", "one", "two", "--to", "md", "--out", "out"], {
      cwd: root,
    });
    expect(code).toBe(2);
    expect(stderr).toContain("one/x.json and two/x.yaml would both be written to out/x.md.");
    await expect(stat(join(root, "out"))).rejects.toThrow();
    await rm(root, { recursive: true, force: true });
  });

  it("never overwrites an input, even through --out at the inputs' folder", async () => {
    const root = await createFixture({ "feed/x.jsonld": JSON.stringify(article) });
    const before = await readFile(join(root, "feed/x.jsonld"), "utf8");
    const { code, stderr } = await runMain(
      ["render", "feed/x.jsonld", "--to", "jsonld", "--out", "feed"],
      { cwd: root },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("Refusing to overwrite the input feed/x.jsonld");
    expect(await readFile(join(root, "feed/x.jsonld"), "utf8")).toBe(before);
    await rm(root, { recursive: true, force: true });
  });

  it("writes beside the inputs when names do not clash", async () => {
    const root = await createFixture({ "site/a.json": JSON.stringify(article) });
    const { code } = await runMain(["render", "site", "--to", "md", "--out", "site"], {
      cwd: root,
    });
    expect(code).toBe(0);
    expect((await readdir(join(root, "site"))).sort()).toEqual(["a.json", "a.md"]);
    await rm(root, { recursive: true, force: true });
  });

  it("refuses an --out that is a file", async () => {
    const { code, stderr } = await runMain(
      ["render", "--example", "--to", "md", "--out", "valid/a.json"],
      { cwd },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("--out valid/a.json is a file; --out takes a folder.");
  });

  it("a failed write leaves no output and no temp file, and the old output intact", async () => {
    const root = await createFixture({
      "in/a.json": JSON.stringify(article),
      "in/b.json": JSON.stringify(article),
    });
    await mkdir(join(root, "out"));
    await writeFile(join(root, "out/a.md"), "previous version\n");
    const realFs = resolveIo().fs;
    const fs: CliFileSystem = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode);
        if (!path.includes(".a.md.")) return handle;
        return {
          writeFile: async (data) => {
            await handle.writeFile(String(data).slice(0, 10));
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
              code: "ENOSPC",
            });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const { code, stderr } = await runMain(["render", "in", "--to", "md", "--out", "out"], {
      cwd: root,
      fs,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "in/a.json: error: Could not write out/a.md: ENOSPC: no space left on device, write.",
    );
    expect((await readdir(join(root, "out"))).sort()).toEqual(["a.md", "b.md"]);
    expect(await readFile(join(root, "out/a.md"), "utf8")).toBe("previous version\n");
    expect(await readFile(join(root, "out/b.md"), "utf8")).toBe(withNewline(toMarkdown(valid)));
    await rm(root, { recursive: true, force: true });
  });
});
