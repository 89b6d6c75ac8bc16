import { describe, expect, it } from "vitest";
import { article as example } from "../example/article.js";
import { collectReferences } from "../validate/references.js";
import { forEachReference } from "./for-each-reference.js";

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

describe("forEachReference", () => {
  it("finds the same references as validation's collection, each path leading to its id", () => {
    const found: string[] = [];
    forEachReference(example, (ref) => {
      const path = ref.path();
      expect(at(example, path)).toBe(ref.id);
      found.push(`${path.join(".")}=${ref.id}:${ref.field.registry}:${ref.field.role}`);
    });
    const registry = { entity: "entities", quote: "quotes", claim: "claims" } as const;
    const expected = collectReferences(example).map(
      (r) => `${r.path.join(".")}=${r.id}:${registry[r.target]}:${r.role}`,
    );
    expect(found.length).toBeGreaterThan(50);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it("marks mention references, and gives the allowed kinds", () => {
    let mentions = 0;
    forEachReference(example, (ref) => {
      if (ref.field.mention) {
        mentions++;
        expect(ref.field.kinds).toBeUndefined();
      }
      if (ref.field.role === "a quote's speaker")
        expect(ref.field.kinds).toEqual(["Person", "Organization"]);
    });
    expect(mentions).toBeGreaterThan(10);
  });
});
