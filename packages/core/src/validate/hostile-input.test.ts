import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleValidationError } from "./article-validation-error.js";
import type { IssueCode } from "./issue.js";
import { parseArticle, safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

const RUNS = Number(process.env.NEWSDOC_FUZZ_RUNS ?? 1000);

function codesOf(input: unknown, maxDepth?: number): IssueCode[] {
  const result = safeParseArticle(input, maxDepth === undefined ? {} : { maxDepth });
  return result.success ? [] : result.error.issues.map((i) => i.code);
}

/** Calls `parseArticle` and returns what it threw, or `undefined`. */
function thrown(input: unknown): unknown {
  try {
    parseArticle(input);
    return undefined;
  } catch (error) {
    return error;
  }
}

function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedBlockquotes(depth: number): unknown {
  let block: unknown = { type: "paragraph", children: ["deep"] };
  for (let i = 0; i < depth; i++) block = { type: "blockquote", children: [block] };
  return { ...validArticle(), body: [block] };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();
afterEach(() => {
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe("hostile input never makes the validator throw anything but ArticleValidationError", () => {
  it("rejects 100k-deep nesting without recursing into it", () => {
    expect(codesOf(nestedArrays(100_000))).toEqual(["too_deep"]);
    expect(codesOf({ ...validArticle(), body: nestedArrays(100_000) })).toEqual(["too_deep"]);
    expect(codesOf(nestedBlockquotes(100_000))).toEqual(["too_deep"]);
    expect(thrown(nestedBlockquotes(100_000))).toBeInstanceOf(ArticleValidationError);
  });

  it("accepts nesting up to the limit and lets the caller move it", () => {
    // article → body → blockquote → children → … : 2 levels per blockquote, 4 for the paragraph.
    expect(codesOf(nestedBlockquotes(29))).toEqual([]);
    expect(codesOf(nestedBlockquotes(31))).toEqual(["too_deep"]);
    expect(codesOf(nestedBlockquotes(31), 100)).toEqual([]);
    expect(codesOf(nestedBlockquotes(2), 5)).toEqual(["too_deep"]);
  });

  it("names the path where the nesting gets too deep", () => {
    const result = safeParseArticle({ ...validArticle(), keywords: nestedArrays(100) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(0, 3)).toEqual(["keywords", 0, 0]);
    expect(result.error?.issues[0]?.path).toHaveLength(64);
  });

  it("reports cycles instead of looping", () => {
    const article = validArticle() as unknown as Record<string, unknown>;
    article.self = article;
    const body = article.body as unknown[];
    body.push(body);
    expect(codesOf(article)).toEqual(["circular", "circular"]);
    const result = safeParseArticle(article);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["body", 6], ["self"]]);
    // The same object twice is not a cycle.
    const caption = ["shared caption"];
    const shared = validArticle();
    shared.body.push(
      { type: "figure", image: { caption } },
      { type: "figure", image: { caption } },
    );
    expect(codesOf(shared)).toEqual([]);
  });

  it("reports __proto__ and constructor keys from JSON as unknown keys and pollutes nothing", () => {
    const text = JSON.stringify(validArticle()).replace(
      '"newsdoc":1,',
      '"newsdoc":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const input = JSON.parse(text);
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_key", ["__proto__"]],
      ["unknown_key", ["constructor"]],
    ]);
    const nested = JSON.parse(
      JSON.stringify({ ...validArticle(), image: { __proto__x: 1 } }).replace(
        "__proto__x",
        "__proto__",
      ),
    );
    expect(codesOf(nested)).toEqual(["unknown_key"]);
  });

  it("rejects values that are not JSON data", () => {
    class Headline {
      text = "x";
    }
    expect(codesOf(new Headline())).toEqual(["not_json"]);
    expect(codesOf(new Date())).toEqual(["not_json"]);
    expect(codesOf(new Map())).toEqual(["not_json"]);
    expect(codesOf({ ...validArticle(), image: new Headline() })).toEqual(["not_json"]);
    expect(codesOf({ ...validArticle(), datePublished: new Date() })).toEqual(["not_json"]);
    expect(codesOf(Object.create(validArticle()))).toEqual(["not_json"]);
    expect(codesOf({ ...validArticle(), body: new Uint8Array(4) })).toEqual(["not_json"]);
    const sparse: unknown[] = [];
    sparse.length = 4_000_000_000;
    expect(codesOf({ ...validArticle(), keywords: sparse })).toEqual(["not_json"]);
    expect(codesOf({ ...validArticle(), keywords: [1n] })).toEqual(["invalid_type"]);
    expect(codesOf(Object.assign(Object.create(null), validArticle()))).toEqual([]);
  });

  it("turns exceptions thrown by getters and proxies into an issue", () => {
    const getter = validArticle() as unknown as Record<string, unknown>;
    Object.defineProperty(getter, "headline", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(codesOf(getter)).toEqual(["internal_error"]);
    const proxy = new Proxy(validArticle(), {
      ownKeys() {
        throw new TypeError("trap");
      },
    });
    expect(codesOf(proxy)).toEqual(["internal_error"]);
    expect(thrown(proxy)).toBeInstanceOf(ArticleValidationError);
  });

  it("reports lone surrogates anywhere, even in unknown fields and at the root", () => {
    expect(codesOf({ ...validArticle(), extra: ["\ud800"] })).toEqual([
      "invalid_text",
      "unknown_key",
    ]);
    expect(codesOf("\udfff")).toEqual(["invalid_text", "invalid_type"]);
  });

  it("survives arbitrary values (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
        }),
        (value) => {
          const result = safeParseArticle(value);
          expect(typeof result.success).toBe("boolean");
          const error = thrown(value);
          if (!result.success) expect(error).toBeInstanceOf(ArticleValidationError);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("survives arbitrary changes to a valid article (fast-check)", () => {
    const paths = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat(20)), { maxLength: 6 });
    fc.assert(
      fc.property(paths, fc.jsonValue(), (path, replacement) => {
        const article = JSON.parse(JSON.stringify(validArticle()));
        let target = article;
        // Own keys only: following "__proto__" would make the test itself pollute Object.prototype.
        for (const key of path.slice(0, -1)) {
          if (typeof target !== "object" || target === null || !Object.hasOwn(target, key)) break;
          target = target[key];
        }
        const last = path[path.length - 1];
        if (typeof target === "object" && target !== null && last !== undefined)
          target[last] = replacement;
        const result = safeParseArticle(article);
        if (result.success) expect(parseArticle(article)).toEqual(result.data);
        else {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
