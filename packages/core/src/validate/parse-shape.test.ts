import { describe, expect, it } from "vitest";
import { parseShape } from "./parse-shape.js";
import { validArticle } from "./test-fixture.js";

describe("parseShape", () => {
  it("returns the parsed article, a new object, for a well-shaped input", () => {
    const input = validArticle();
    const result = parseShape(input);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(validArticle());
    expect(result.data).not.toBe(input);
  });

  it("maps zod's issues to newsdoc's, with the known keys and the schema's own meanings", () => {
    const input: Record<string, unknown> = { ...validArticle(), headlne: "H", newsdoc: 2 };
    const result = parseShape(input);
    expect(result.success).toBe(false);
    const found = (result.issues ?? []).map((i) => [i.code, i.path, i.params]);
    expect(found).toContainEqual(["unsupported_version", ["newsdoc"], expect.anything()]);
    expect(found).toContainEqual([
      "unknown_key",
      ["headlne"],
      expect.objectContaining({ key: "headlne", suggestion: "headline" }),
    ]);
  });
});
