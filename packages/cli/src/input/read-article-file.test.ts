import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveIo } from "../io.js";
import { parseArticleText, readArticleFile, syntaxOf } from "./read-article-file.js";

const { fs } = resolveIo();

describe("syntaxOf", () => {
  it("reads .yaml and .yml as YAML, anything else as JSON", () => {
    expect(syntaxOf("a.yaml")).toBe("yaml");
    expect(syntaxOf("A.YML")).toBe("yaml");
    expect(syntaxOf("a.json")).toBe("json");
    expect(syntaxOf("article")).toBe("json");
  });
});

describe("parseArticleText", () => {
  it("parses JSON and ignores a byte-order mark", () => {
    expect(parseArticleText('\uFEFF{"a": [1, "x"]}', "json")).toEqual({
      ok: true,
      data: { a: [1, "x"] },
    });
  });

  it("reports a JSON syntax error with line and column", () => {
    const result = parseArticleText('{\n  "headline": "x",\n  "body": [}\n', "json");
    expect(result).toMatchObject({
      ok: false,
      problem: { severity: "error", code: "json-syntax", line: 3, column: 12 },
    });
  });

  it("parses YAML", () => {
    expect(parseArticleText("headline: Hello\nkeywords: [a, b]\n", "yaml")).toEqual({
      ok: true,
      data: { headline: "Hello", keywords: ["a", "b"] },
    });
  });

  it("reports a YAML syntax error with line and column", () => {
    const result = parseArticleText("headline: x\nbody: [1,\nid: 3\n", "yaml");
    expect(result).toMatchObject({ ok: false, problem: { code: "yaml-syntax", line: 3 } });
    if (!result.ok) expect(result.problem.column).toBeGreaterThan(0);
  });

  it("rejects duplicate YAML keys instead of keeping one silently", () => {
    const result = parseArticleText("id: a\nid: b\n", "yaml");
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "yaml-syntax", line: 2, column: 1, message: "Map keys must be unique." },
    });
  });

  it("stops a YAML alias bomb", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    }
    const result = parseArticleText(lines.join("\n"), "yaml");
    expect(result).toMatchObject({ ok: false, problem: { code: "yaml-syntax" } });
  });
});

describe("readArticleFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdoc-read-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a JSON file", async () => {
    await writeFile(join(dir, "a.json"), '{"id": "a"}');
    expect(await readArticleFile(join(dir, "a.json"), fs)).toEqual({ ok: true, data: { id: "a" } });
  });

  it("reads a YAML file by its extension", async () => {
    await writeFile(join(dir, "a.yml"), "id: a\n");
    expect(await readArticleFile(join(dir, "a.yml"), fs)).toEqual({ ok: true, data: { id: "a" } });
  });

  it("reports a missing file", async () => {
    expect(await readArticleFile(join(dir, "missing.json"), fs)).toMatchObject({
      ok: false,
      problem: { code: "file-not-found", message: "No such file. Check the path." },
    });
  });

  it("reports a folder given as a file", async () => {
    await mkdir(join(dir, "folder.json"));
    expect(await readArticleFile(join(dir, "folder.json"), fs)).toMatchObject({
      ok: false,
      problem: { code: "file-unreadable" },
    });
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === "win32")(
    "reports a file without read permission",
    async () => {
      const path = join(dir, "secret.json");
      await writeFile(path, "{}");
      await chmod(path, 0o000);
      expect(await readArticleFile(path, fs)).toMatchObject({
        ok: false,
        problem: { code: "file-unreadable", message: expect.stringContaining("Permission denied") },
      });
    },
  );

  it("reports bytes that are not UTF-8", async () => {
    const path = join(dir, "binary.json");
    await writeFile(path, Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await readArticleFile(path, fs)).toMatchObject({
      ok: false,
      problem: { code: "not-utf8" },
    });
  });
});
