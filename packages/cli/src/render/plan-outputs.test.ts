import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleInput, type InputSource } from "../input/input-source.js";
import { resolveIo } from "../io.js";
import { UsageError } from "../usage-error.js";
import { outputName, planOutputs } from "./plan-outputs.js";

const { fs } = resolveIo();
let root: string;
const file = (path: string, display: string): InputSource => ({
  kind: "file",
  path: join(root, path),
  display,
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsdoc-plan-"));
  await mkdir(join(root, "feed"));
  await writeFile(join(root, "feed/x.jsonld"), "{}");
  await writeFile(join(root, "feed/y.json"), "{}");
  await symlink(join(root, "feed"), join(root, "alias"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("outputName", () => {
  it("replaces the last extension, and names the example 'example'", () => {
    expect(outputName(file("a/story.json", "a/story.json"), ".md")).toBe("story.md");
    expect(outputName(file("a/story.en.yaml", "x"), ".html")).toBe("story.en.html");
    expect(outputName(file("a/README", "x"), ".md")).toBe("README.md");
    expect(outputName(file("a/.json", "x"), ".md")).toBe(".json.md");
    expect(outputName(exampleInput, ".jsonld")).toBe("example.jsonld");
  });
});

describe("planOutputs", () => {
  it("puts each output in the folder under the input's base name", async () => {
    const planned = await planOutputs(
      [file("feed/y.json", "feed/y.json"), exampleInput],
      { path: join(root, "out"), display: "out" },
      ".md",
      fs,
    );
    expect(planned.map((p) => [p.path, p.display])).toEqual([
      [join(root, "out/y.md"), "out/y.md"],
      [join(root, "out/example.md"), "out/example.md"],
    ]);
  });

  it("refuses to overwrite an input, also through a symbolic link to its folder", async () => {
    const inputs = [file("feed/x.jsonld", "feed/x.jsonld")];
    for (const out of ["feed", "alias"]) {
      const planning = planOutputs(inputs, { path: join(root, out), display: out }, ".jsonld", fs);
      await expect(planning).rejects.toThrow(UsageError);
      await expect(planning).rejects.toThrow("Refusing to overwrite the input feed/x.jsonld");
    }
  });

  it("refuses an output that would overwrite another input of the batch", async () => {
    const inputs = [file("feed/y.json", "feed/y.json"), file("feed/x.jsonld", "feed/x.jsonld")];
    // y.json → feed/y.jsonld is fine; x.jsonld → feed/x.jsonld is x itself.
    await expect(
      planOutputs(inputs, { path: join(root, "feed"), display: "feed" }, ".jsonld", fs),
    ).rejects.toThrow("Refusing to overwrite the input feed/x.jsonld");
  });

  it("refuses two inputs with the same output name", async () => {
    const inputs = [file("a/x.json", "a/x.json"), file("b/x.yaml", "b/x.yaml")];
    await expect(
      planOutputs(inputs, { path: join(root, "out"), display: "out" }, ".html", fs),
    ).rejects.toThrow("a/x.json and b/x.yaml would both be written to out/x.html.");
  });
});
