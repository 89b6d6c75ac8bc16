import { fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { expect, test } from "vitest";
import { wordCount } from "./word-count.js";

test("counts runs of non-whitespace", () => {
  expect(wordCount("")).toBe(0);
  expect(wordCount("  \n\t ")).toBe(0);
  expect(wordCount("Russia denies it, Peskov said.")).toBe(5);
  expect(wordCount("a\u00a0b\u2028c\u3000d\ufeffe")).toBe(5);
  expect(wordCount("“Until this [happens]”")).toBe(3);
});

test("agrees with /\\S+/g on any text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (text) => {
      expect(wordCount(text)).toBe(text.match(/\S+/g)?.length ?? 0);
    }),
    fcParams(),
  );
});
