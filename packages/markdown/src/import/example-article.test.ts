import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { article } from "@newsdoc/core/example";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "./from-markdown.js";

const folder = fileURLToPath(new URL("../../../../docs/examples/", import.meta.url));
const source = readFileSync(`${folder}russia-syria.md`, "utf8");
const json = readFileSync(
  fileURLToPath(new URL("../../../core/example/article.json", import.meta.url)),
  "utf8",
);

describe("the seed article written in newsdoc Markdown (docs/examples/russia-syria.md)", () => {
  it("imports to an article deep-equal to the TypeScript example, with nothing to report", () => {
    const { article: read, report } = fromMarkdown(source, {
      readRegistry: (file) => readFileSync(new URL(file, `file://${folder}`), "utf8"),
    });
    expect(read).toStrictEqual(article);
    expect(report).toEqual([]);
  });

  it("is at most a third of the size of the example's JSON", () => {
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(Buffer.byteLength(json) / 3);
  });

  it("without a way to read its registry file, is an error that points to the entities line", () => {
    expect(() => fromMarkdown(source)).toThrowError(/registry/);
    try {
      fromMarkdown(source);
    } catch (error) {
      expect((error as { issues: { line?: number }[] }).issues[0]?.line).toBe(
        source.split("\n").findIndex((l) => l.startsWith("entities:")) + 1,
      );
    }
  });
});
