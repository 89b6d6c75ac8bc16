import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripAnnotations } from "@newsdoc/annotate";
import { parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { plainText } from "@newsdoc/core/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runMain } from "../test-io.js";

let cwd: string;
const draft = stripAnnotations(article);
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "newsdoc-annotate-"));
  await writeFile(join(cwd, "draft.json"), JSON.stringify(draft, null, 2));
  await writeFile(join(cwd, "draft.yaml"), stringify(draft));
  const { publisher: _p, about: _a, image: _i, ...rest } = draft;
  await writeFile(
    join(cwd, "bare.json"),
    JSON.stringify({ ...rest, authors: [], entities: [] }, null, 2),
  );
  await writeFile(
    join(cwd, "needs-registry.json"),
    JSON.stringify({ ...draft, entities: [] }, null, 2),
  );
  await writeFile(join(cwd, "registry.yaml"), stringify(article.entities));
  await writeFile(join(cwd, "bad-registry.yaml"), stringify({ people: [] }));
  await writeFile(join(cwd, "invalid.json"), JSON.stringify({ ...draft, headline: "" }));
  await writeFile(
    join(cwd, "kerry.md"),
    '---\nlanguage: en\n---\n\n# Kerry speaks\n\n"We\'re looking for ways in which to find a common ground," Kerry said.\n',
  );
  await writeFile(
    join(cwd, "people.yaml"),
    stringify([
      { id: "kerry", type: "Person", name: "John Kerry", alternateNames: ["Kerry"] },
      { id: "lavrov", type: "Person", name: "Sergei Lavrov" },
    ]),
  );
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc annotate", () => {
  it("prints an aligned review table, plain when piped, and writes nothing", async () => {
    const { code, stdout } = await runMain(["annotate", "draft.json"], { cwd });
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b[");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("draft.json");
    expect(lines[1]).toMatch(/^# +quote +mode +speaker +conf\. +construction +status$/);
    const row = lines.find((l) => l.includes("Until this"))!;
    expect(row).toMatch(/peskov +0\.95 +quote-speaker-verb +applied$/);
    // Columns line up: "speaker" starts at the same place in the header and every row.
    const at = lines[1]!.indexOf("speaker");
    for (const l of lines.slice(2, 9)) expect(l.slice(at)).toMatch(/^[a-z?]/);
    expect(stdout).toContain("quotes found, 6 applied at confidence ≥ 0.8.");
    expect(JSON.parse(await readFile(join(cwd, "draft.json"), "utf8"))).toEqual(draft);
  });

  it("is coloured on a terminal", async () => {
    expect((await runMain(["annotate", "draft.json"], { cwd, stdoutTTY: true })).stdout).toContain(
      "\u001b[32m",
    );
  });

  it("--format json: the report", async () => {
    const { code, stdout } = await runMain(
      ["annotate", "draft.json", "--format", "json", "--apply-above", "0.9"],
      { cwd },
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.applyAbove).toBe(0.9);
    expect(report.quotes).toHaveLength(7);
    expect(report.quotes.filter((q: { applied: boolean }) => q.applied)).toHaveLength(3);
    expect(report.mentions.length).toBeGreaterThan(40);
  });

  it("--write writes the annotated article atomically, valid, with the same text (JSON and YAML)", async () => {
    for (const file of ["draft.json", "draft.yaml"]) {
      const { code, stderr } = await runMain(["annotate", file, "--write"], { cwd });
      expect(code).toBe(0);
      expect(stderr).toBe(`Wrote ${file}.\n`);
      const text = await readFile(join(cwd, file), "utf8");
      const written = parseArticle(file.endsWith(".yaml") ? parse(text) : JSON.parse(text));
      expect(plainText(written.body)).toBe(plainText(article.body));
      expect(written.quotes).toHaveLength(6);
    }
    expect((await readdir(cwd)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--entities merges a registry first", async () => {
    const bare = await runMain(["annotate", "bare.json", "--format", "json"], { cwd });
    expect(JSON.parse(bare.stdout).mentions).toEqual([]);
    const merged = await runMain(
      ["annotate", "bare.json", "--entities", "registry.yaml", "--format", "json"],
      { cwd },
    );
    expect(JSON.parse(merged.stdout).mentions.length).toBeGreaterThan(40);
    // A draft that refers to entities only the registry has: merged, then validated.
    expect((await runMain(["annotate", "needs-registry.json"], { cwd })).code).toBe(1);
    const needs = await runMain(
      ["annotate", "needs-registry.json", "--entities", "registry.yaml"],
      { cwd },
    );
    expect(needs.code).toBe(0);
  });

  it("bad input is a clear error, exit 1; a bad command line exit 2", async () => {
    const invalid = await runMain(["annotate", "invalid.json"], { cwd });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^invalid\.json:headline: error: /);
    const registry = await runMain(["annotate", "bare.json", "--entities", "bad-registry.yaml"], {
      cwd,
    });
    expect(registry.code).toBe(1);
    expect(registry.stderr).toContain(
      "bad-registry.yaml: error: An entity registry is a list of entities",
    );
    const missing = await runMain(["annotate", "nope.json"], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.json: error: No such file");
    expect((await runMain(["annotate", "draft.json", "--apply-above", "2"], { cwd })).code).toBe(2);
    expect((await runMain(["annotate"], { cwd })).code).toBe(2);
    expect((await runMain(["annotate", "a.json", "b.json"], { cwd })).code).toBe(2);
  });
});

describe("newsdoc import --annotate", () => {
  it("imports, then annotates: mentions, the quote and its speaker", async () => {
    const { code, stdout, stderr } = await runMain(
      ["import", "kerry.md", "--entities", "people.yaml", "--annotate"],
      { cwd },
    );
    expect(stderr).toContain("kerry.md: annotated: ");
    expect(code).toBe(0);
    const imported = parseArticle(JSON.parse(stdout));
    expect(imported.quotes).toEqual([
      expect.objectContaining({
        speaker: "kerry",
        mode: "direct",
        verb: "said",
        text: "We're looking for ways in which to find a common ground",
      }),
    ]);
    expect(imported.entities.map((e) => e.id)).toEqual(["kerry"]);
    const plain = await runMain(["import", "kerry.md", "--entities", "people.yaml"], { cwd });
    expect(JSON.parse(plain.stdout).quotes).toEqual([]);
  });

  it("--apply-above without --annotate, or out of range, is a usage error", async () => {
    expect((await runMain(["import", "kerry.md", "--apply-above", "0.5"], { cwd })).code).toBe(2);
    expect(
      (await runMain(["import", "kerry.md", "--annotate", "--apply-above", "7"], { cwd })).code,
    ).toBe(2);
  });
});
