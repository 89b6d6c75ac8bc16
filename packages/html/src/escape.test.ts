import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { ESCAPES, escapeAttribute, escapeText } from "./escape.js";

describe("escapeText", () => {
  it("escapes &, < and > and nothing else", () => {
    expect(escapeText(`Tom & "Jerry" <3 > 'x'`)).toBe(`Tom &amp; "Jerry" &lt;3 &gt; 'x'`);
    expect(escapeText("&amp;")).toBe("&amp;amp;");
  });

  it("returns clean input unchanged (the fast path)", () => {
    const clean = "Russia denies sending troops — «nothing» to see, 'really'.";
    expect(escapeText(clean)).toBe(clean);
  });

  it("round-trips any text through an HTML parser", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const text = s.replace(/[\0\r]/g, "");
        const [node] = parseFragment(`<p>${escapeText(text)}</p>`).childNodes as {
          childNodes: { value?: string }[];
        }[];
        expect((node!.childNodes[0]?.value ?? "") as string).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a non-string with a TypeError", () => {
    expect(() => escapeText(1 as never)).toThrowError(TypeError);
  });
});

describe("escapeAttribute", () => {
  it('escapes & and " for double-quoted values', () => {
    expect(escapeAttribute(`a & "b" <c> 'd'`)).toBe(`a &amp; &quot;b&quot; <c> 'd'`);
    expect(escapeAttribute("plain")).toBe("plain");
  });

  it("round-trips any value through an HTML parser", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const value = s.replace(/[\0\r]/g, "");
        const [node] = parseFragment(`<span title="${escapeAttribute(value)}"></span>`)
          .childNodes as { attrs: { name: string; value: string }[] }[];
        expect(node!.attrs).toEqual([{ name: "title", value }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("ESCAPES", () => {
  it("is the table both functions apply", () => {
    for (const [c, entity] of Object.entries(ESCAPES.text)) expect(escapeText(c)).toBe(entity);
    for (const [c, entity] of Object.entries(ESCAPES.attribute))
      expect(escapeAttribute(c)).toBe(entity);
  });
});
