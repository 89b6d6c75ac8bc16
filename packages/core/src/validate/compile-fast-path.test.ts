import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { article as example } from "../example/article.js";
import { ArticleSchema } from "../schema/article.js";
import { compileFastPath, INVALID } from "./compile-fast-path.js";
import { inspectInput } from "./inspect-input.js";
import { fastParse, safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

const RUNS = Number(process.env.NEWSDOC_FUZZ_RUNS ?? 1000);

/** What the full validator says about the shape: the pre-walk and zod. */
function slow(input: unknown): { valid: true; data: unknown } | { valid: false } {
  const inspection = inspectInput(input);
  if (inspection.fatal.length > 0 || inspection.text.length > 0) return { valid: false };
  const parsed = ArticleSchema.safeParse(input);
  return parsed.success ? { valid: true, data: parsed.data } : { valid: false };
}

/** The fast path may decline anything; what it accepts, zod accepts, with the same output. */
function agree(input: unknown): boolean {
  const fast = fastParse(input);
  const full = slow(input);
  if (fast === INVALID) return !full.valid ? true : declinedOnlyForText(input);
  expect(full.valid).toBe(true);
  if (full.valid) expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
  expect(fast).toEqual(full.valid ? full.data : undefined);
  return true;
}

/** The fast path declines strings with any surrogate (emoji too) and lets the full validator decide. */
function declinedOnlyForText(input: unknown): boolean {
  return /[\ud800-\udfff]/.test(JSON.stringify(input) ?? "");
}

const mutate = (base: () => unknown) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "body",
            "children",
            "entities",
            "quotes",
            "image",
            "caption",
            "type",
            "text",
            "url",
            "language",
            "authors",
            "level",
            "width",
            "mode",
            "id",
            "x",
          ),
          fc.nat(14),
        ),
        { minLength: 1, maxLength: 6 },
      ),
      fc.oneof(
        fc.jsonValue(),
        fc.constantFrom(
          undefined,
          "",
          " ",
          "\u0000",
          "😀",
          "a\ud800",
          "https://a.example/",
          "javascript:alert(1)",
          "2015-09-11T10:00:00Z",
          "2015-02-30",
          "english",
          "en-GB",
          "paragraph",
          "heading",
          2,
          7,
          0,
          -1,
          1.5,
          Number.NaN,
          Number.POSITIVE_INFINITY,
          new Date(0),
          new Map(),
          [],
          {},
        ),
      ),
    )
    .map(([path, replacement]) => {
      const doc = JSON.parse(JSON.stringify(base()));
      let target = doc;
      for (const key of path.slice(0, -1)) {
        if (typeof target !== "object" || target === null || !Object.hasOwn(target, key)) break;
        target = target[key];
      }
      if (typeof target === "object" && target !== null)
        target[path[path.length - 1]!] = replacement;
      return doc as unknown;
    });

describe("the fast path", () => {
  it("accepts the example article and the test fixture, as zod parses them", () => {
    for (const doc of [example, validArticle()]) {
      const fast = fastParse(JSON.parse(JSON.stringify(doc)));
      expect(fast).not.toBe(INVALID);
      expect(agree(JSON.parse(JSON.stringify(doc)))).toBe(true);
    }
  });

  it("agrees with the pre-walk and zod on mutated articles (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutate(validArticle),
          mutate(() => example),
        ),
        agree,
      ),
      { numRuns: RUNS },
    );
  });

  it("declines what the pre-walk rejects: deep, circular, non-JSON, hostile", () => {
    const deep: Record<string, unknown> = { ...validArticle() };
    let node: Record<string, unknown> = { type: "blockquote", children: [] };
    deep.body = [node];
    for (let i = 0; i < 70; i++) {
      const child = { type: "blockquote", children: [] as unknown[] };
      (node.children as unknown[]).push(child);
      node = child;
    }
    const circular = validArticle() as unknown as Record<string, unknown>;
    (circular.body as unknown[]).push(circular);
    const getter = validArticle() as unknown as Record<string, unknown>;
    Object.defineProperty(getter, "headline", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    class Article {
      newsdoc = 1;
    }
    for (const doc of [deep, circular, getter, new Article(), new Proxy({}, {}), null, "x"])
      expect(fastParse(doc)).toBe(INVALID);
    expect(safeParseArticle(deep).error?.issues[0]?.code).toBe("too_deep");
  });

  it("fills defaults with fresh arrays and keeps the schema's key order", () => {
    const input = { body: [], headline: "H", language: "en", id: "a", newsdoc: 1 };
    const one = fastParse(input) as Record<string, unknown>;
    const two = fastParse(input) as Record<string, unknown>;
    expect(Object.keys(one)).toEqual(Object.keys(ArticleSchema.parse(input)));
    expect(one.authors).not.toBe(two.authors);
  });

  it("refuses at compile time a schema kind it does not know, rather than guess", () => {
    expect(() => compileFastPath(z.map(z.string(), z.string()), 64)).toThrow(/no fast check/);
    const loose = compileFastPath(z.object({ a: z.string().optional() }), 64);
    expect(() => loose({ a: "x" }, 1)).toThrow(/only exactOptional/);
  });
});
