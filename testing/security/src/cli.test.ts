import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "@newsdoc/core/example";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

const cli = fileURLToPath(new URL("../../../packages/cli/dist/cli.js", import.meta.url));
let dir: string;
let input: string;

// One folder with every kind of bad file next to good ones.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdoc-security-"));
  input = join(dir, "in");
  mkdirSync(input);
  const valid = JSON.stringify(article, null, 2);
  writeFileSync(join(input, "valid.json"), valid);
  writeFileSync(join(input, "valid-too.json"), JSON.stringify({ ...article, id: "second" }));
  writeFileSync(
    join(input, "invalid.json"),
    JSON.stringify({ ...article, headline: "", url: "javascript:alert(1)" }),
  );
  writeFileSync(join(input, "truncated.json"), valid.slice(0, Math.floor(valid.length / 2)));
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  writeFileSync(join(input, "binary.json"), bytes);
  // 40 MB of JSON: a headline far too long to be useful, with a control character at the end.
  writeFileSync(
    join(input, "huge.json"),
    JSON.stringify({ ...article, headline: `${"A".repeat(40_000_000)}\u0001` }),
  );
  writeFileSync(join(input, "nested.json"), `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("the newsdoc CLI over a folder of hostile files", () => {
  const bad = ["invalid.json", "truncated.json", "binary.json", "huge.json", "nested.json"];

  it.each(["html", "md", "jsonld"])(
    "render --to %s reports each bad file, exits 1 and writes only the valid outputs",
    (format) => {
      const out = join(dir, `out-${format}`);
      const result = run(["render", input, "--to", format, "--out", out]);
      const report = `${result.stdout}\n${result.stderr}`;
      expect(result.error).toBeUndefined();
      expect(result.status, report.slice(0, 2000)).toBe(1);
      for (const name of bad) expect(report).toContain(name);
      expect(report).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
      const ext = format === "md" ? ".md" : format === "html" ? ".html" : ".jsonld";
      expect(readdirSync(out).sort()).toEqual([`valid-too${ext}`, `valid${ext}`].sort());
      for (const file of readdirSync(out))
        expect(readFileSync(join(out, file), "utf8").length).toBeGreaterThan(100);
      // The inputs are untouched.
      expect(readdirSync(input).sort()).toEqual([...bad, "valid-too.json", "valid.json"].sort());
    },
  );

  it("validate reports each bad file and exits 1", () => {
    const result = run(["validate", input]);
    const report = `${result.stdout}\n${result.stderr}`;
    expect(result.status, report.slice(0, 2000)).toBe(1);
    for (const name of bad) expect(report).toContain(name);
    expect(existsSync(join(input, "valid.html"))).toBe(false);
  });
});
