import {
  ArticleSchema,
  ArticleValidationError,
  isArticleValidationError,
  parseArticle,
  safeParseArticle,
} from "@newsdoc/core";
import { articleArbitrary, fcParams, rawText, unsafeUrl } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const before = prototypeKeys();

/** Validates `input` both ways; returns whether it passed. Fails the test on anything but a result or an ArticleValidationError. */
function validate(input: unknown): boolean {
  const result = safeParseArticle(input);
  expect(typeof result.success).toBe("boolean");
  if (!result.success) {
    expect(result.error).toBeInstanceOf(ArticleValidationError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    // internal_error is the validator's catch-all: for plain JSON data it means a crash was hidden.
    expect(result.error.issues.map((i) => i.code)).not.toContain("internal_error");
    expect(isArticleValidationError(result.error)).toBe(true);
    // Errors are data: every issue has params, and they survive JSON.
    for (const issue of result.error.issues) {
      expect(typeof issue.params).toBe("object");
      expect(JSON.parse(JSON.stringify(issue.params))).toEqual(issue.params);
    }
  }
  try {
    parseArticle(input);
    expect(result.success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect(result.success).toBe(false);
  }
  expect(prototypeKeys()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result.success;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Every container in `value` with its keys, for picking a place to mutate. */
function places(
  value: Json,
  out: { holder: Json[] | Record<string, Json>; key: string | number }[] = [],
) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      out.push({ holder: value, key: i });
      places(value[i]!, out);
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push({ holder: value, key: k });
      places(v, out);
    }
  }
  return out;
}

const clone = (value: unknown): Json => JSON.parse(JSON.stringify(value));

type Mutation =
  | { kind: "delete" | "wrongType"; at: number; value: unknown }
  | { kind: "dangling" | "loneSurrogate" | "protoKey" | "duplicateId"; at: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(
    "delete",
    "wrongType",
    "dangling",
    "loneSurrogate",
    "protoKey",
    "duplicateId",
  ),
  at: fc.nat(),
  value: fc.oneof(fc.anything(), fc.constant(null), fc.constant([]), fc.constant({})),
});

/** Applies `m` to a copy of `article`; returns the copy and whether the result must be invalid. */
function mutate(article: unknown, m: Mutation): { doc: Json; mustFail: boolean } {
  const doc = clone(article);
  const all = places(doc);
  const place = all[m.at % all.length]!;
  const { holder, key } = place;
  switch (m.kind) {
    case "delete":
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
      return { doc, mustFail: false };
    case "wrongType":
      (holder as Record<string, unknown>)[key] = m.value;
      return { doc: clone(doc), mustFail: false };
    case "dangling": {
      const refs = all.filter(
        (p) =>
          typeof p.key === "string" &&
          ["speaker", "entity", "publisher", "by", "quote", "via", "affiliation"].includes(p.key) &&
          typeof (p.holder as Record<string, Json>)[p.key] === "string",
      );
      if (refs.length === 0) return { doc, mustFail: false };
      const ref = refs[m.at % refs.length]!;
      (ref.holder as Record<string, Json>)[ref.key as string] = "no-such-id\u0000".slice(0, -1);
      return { doc, mustFail: true };
    }
    case "loneSurrogate": {
      const strings = all.filter(
        (p) => typeof (p.holder as Record<string, Json>)[p.key] === "string",
      );
      const s = strings[m.at % strings.length]!;
      const h = s.holder as Record<string, Json>;
      h[s.key] = `${h[s.key]}\ud800`;
      return { doc, mustFail: true };
    }
    case "protoKey": {
      const objects = all.filter((p) => {
        const v = (p.holder as Record<string, Json>)[p.key];
        return v !== null && typeof v === "object" && !Array.isArray(v);
      });
      const text = JSON.stringify(doc);
      // JSON.parse creates an own "__proto__" key, as a parsed file would.
      const payload =
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},';
      const injected = objects.length === 0 ? text : text.replace(/\{/, `{${payload}`);
      return { doc: JSON.parse(injected), mustFail: true };
    }
    case "duplicateId": {
      const d = doc as { entities?: Json[]; quotes?: Json[]; claims?: Json[] };
      const lists = [d.entities, d.quotes, d.claims].filter(
        (l): l is Json[] => Array.isArray(l) && l.length > 0,
      );
      if (lists.length === 0) return { doc, mustFail: false };
      const list = lists[m.at % lists.length]!;
      list.push(clone(list[m.at % list.length]!));
      return { doc, mustFail: true };
    }
  }
}

describe("the validator over hostile input", () => {
  it("accepts every generated article", () => {
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile", nestedLinks: true }), (article) => {
        expect(validate(article)).toBe(true);
      }),
      fcParams(),
    );
  });

  it("returns what zod returns for every generated article and mutation, keys in the same order (the fast path agrees)", () => {
    fc.assert(
      fc.property(
        articleArbitrary({ ids: "hostile", nestedLinks: true }),
        mutation,
        (article, m) => {
          for (const doc of [article, mutate(article, m).doc]) {
            const ours = safeParseArticle(doc);
            if (!ours.success) continue;
            const zod = ArticleSchema.safeParse(doc);
            expect(zod.success).toBe(true);
            expect(JSON.stringify(ours.data)).toBe(JSON.stringify(zod.data));
          }
        },
      ),
      fcParams(),
    );
  });

  it("returns a result for anything, and parseArticle throws only ArticleValidationError", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (input) => {
          validate(input);
        },
      ),
      fcParams(),
    );
  });

  it("survives mutations of valid articles, and rejects the ones that break a rule", () => {
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile" }), mutation, (article, m) => {
        const { doc, mustFail } = mutate(article, m);
        const ok = validate(doc);
        if (mustFail) expect(ok, `${m.kind} must be rejected`).toBe(false);
      }),
      fcParams(),
    );
  });

  it("rejects raw text with controls or lone surrogates in any text field", () => {
    fc.assert(
      fc.property(articleArbitrary(), rawText(), (article, headline) => {
        const ok = validate({ ...article, headline });
        const clean =
          !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff]/u.test(headline) &&
          /\S/.test(headline);
        if (!clean) expect(ok).toBe(false);
      }),
      fcParams(),
    );
  });

  it("rejects every unsafe URL in every URL field", () => {
    fc.assert(
      fc.property(articleArbitrary(), unsafeUrl(), fc.nat(5), (article, url, field) => {
        const doc = clone(article) as Record<string, Json>;
        const entities = doc.entities as Record<string, Json>[];
        const body = doc.body as Json[];
        [
          () => (doc.url = url),
          () => (entities[0]!.url = url),
          () => (entities[0]!.sameAs = [url]),
          () => (doc.image = { url }),
          () =>
            body.push({ type: "paragraph", children: [{ type: "link", url, children: ["x"] }] }),
          () =>
            body.push({
              type: "blockquote",
              cite: url,
              children: [{ type: "paragraph", children: ["x"] }],
            }),
        ][field]!();
        expect(validate(doc)).toBe(false);
      }),
      fcParams(),
    );
  });

  it.each([
    [
      "arrays",
      () => {
        let v: unknown = [];
        for (let i = 0; i < 100_000; i++) v = [v];
        return v;
      },
    ],
    [
      "objects",
      () => {
        let v: unknown = {};
        for (let i = 0; i < 100_000; i++) v = { a: v };
        return v;
      },
    ],
    [
      "a body",
      () => {
        let v: unknown = "x";
        for (let i = 0; i < 100_000; i++) v = { type: "emphasis", children: [v] };
        return {
          newsdoc: 1,
          id: "a",
          language: "en",
          headline: "h",
          authors: [],
          body: [{ type: "paragraph", children: [v] }],
          entities: [],
          quotes: [],
          claims: [],
        };
      },
    ],
  ])("rejects 100,000-deep %s without a stack overflow", (_, make) => {
    expect(validate(make())).toBe(false);
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["a string with a lone surrogate", "\ud800"],
    [
      "a cycle",
      (() => {
        const o: Record<string, unknown> = { newsdoc: 1 };
        o.self = o;
        return o;
      })(),
    ],
    [
      "a getter that throws",
      Object.defineProperty({ newsdoc: 1 }, "headline", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    ],
    [
      "a Proxy that throws",
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error("boom");
          },
        },
      ),
    ],
  ])("returns a result for %s", (_, input) => {
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    expect(() => parseArticle(input)).toThrow(ArticleValidationError);
    expect(prototypeKeys()).toBe(before);
  });
});
