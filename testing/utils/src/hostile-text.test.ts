import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isValidModelText, rawText, stripForbidden, validText } from "./hostile-text.js";
import { fcParams } from "./runs.js";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

// With the u flag a paired surrogate is one code point, so only lone ones match.
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

describe("validText", () => {
  it("never holds a lone surrogate or a control character but tab and newline, and is never blank", () => {
    fc.assert(
      fc.property(validText(), (s) => {
        expect(isValidModelText(s)).toBe(true);
        expect(s.trim()).not.toBe("");
        expect(wellFormed(s)).toBe(true);
      }),
      fcParams(),
    );
  });

  it("may be blank with blank: true, and has no line breaks with singleLine: true", () => {
    const samples = fc.sample(validText({ blank: true, singleLine: true }), 2000);
    expect(samples.some((s) => s.trim() === "")).toBe(true);
    expect(samples.every((s) => !/[\n\u2028\u2029]/.test(s))).toBe(true);
  });

  it("is hostile: markup, script ends, entities, astral and bidi characters all show up", () => {
    const all = fc.sample(validText(), 3000).join("\u0000");
    for (const needle of [
      "<",
      "&",
      "</script>",
      "<!--",
      "]]>",
      "&lt;",
      "\\",
      "\u200d",
      "\u202e",
      "😀",
      "\u0301",
      "\n",
    ]) {
      expect(all).toContain(needle);
    }
    expect(fc.sample(validText(), 3000).some((s) => s.length >= 2000)).toBe(true);
  });
});

describe("rawText", () => {
  it("includes what the model forbids", () => {
    const samples = fc.sample(rawText(), 1000);
    expect(samples.some((s) => !isValidModelText(s))).toBe(true);
    expect(samples.some((s) => !wellFormed(s))).toBe(true);
    expect(samples.some((s) => s.includes("\r"))).toBe(true);
  });
});

describe("isValidModelText / stripForbidden", () => {
  it.each([
    ["tab and newline", "a\tb\nc", true],
    ["astral pair", "😀𝔘", true],
    ["NUL", "a\u0000", false],
    ["carriage return", "a\r\nb", false],
    ["DEL", "\u007f", false],
    ["C1 control", "\u0085", false],
    ["lone high surrogate", "a\ud800", false],
    ["lone low surrogate", "\udc00b", false],
    ["reversed pair", "\udc00\ud800", false],
    ["noncharacter", "\uffff", false],
  ])("%s", (_, value, valid) => {
    expect(isValidModelText(value)).toBe(valid);
    expect(isValidModelText(stripForbidden(value))).toBe(true);
  });

  it("keeps every allowed character when stripping", () => {
    expect(stripForbidden("a\u0000😀\ud800\tb")).toBe("a😀\tb");
  });
});
