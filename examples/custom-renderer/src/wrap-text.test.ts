import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap-text.js";

const columns = (s: string) => [...s].length;

describe("wrapText", () => {
  it("breaks between words at the width", () => {
    expect(wrapText("one two three four", 9)).toBe("one two\nthree\nfour");
    expect(wrapText("one two three", 13)).toBe("one two three");
  });

  it("keeps a word longer than the width whole, on its own line", () => {
    expect(wrapText("see https://example.com/a/long/path now", 10)).toBe(
      "see\nhttps://example.com/a/long/path\nnow",
    );
  });

  it("counts prefixes towards the width and hangs the rest", () => {
    expect(wrapText("alpha beta gamma delta", 12, { first: "- ", rest: "  " })).toBe(
      "- alpha beta\n  gamma\n  delta",
    );
  });

  it("keeps newlines as line breaks and collapses other whitespace", () => {
    expect(wrapText("a  b\tc\nd", 72)).toBe("a b c\nd");
    expect(wrapText("a\n\nb", 72, { first: "> " })).toBe("> a\n>\n> b");
  });

  it("counts an astral character as one column", () => {
    expect(wrapText("😀😀 😀😀", 5)).toBe("😀😀 😀😀");
  });

  it("refuses a width that is not a positive integer", () => {
    expect(() => wrapText("x", 0)).toThrowError(/positive integer/);
    expect(() => wrapText("x", 1.5)).toThrowError(/positive integer/);
  });

  it("never exceeds the width unless one word does, and keeps every word in order", () => {
    const word = fc.stringMatching(/^[a-z😀é]{1,15}$/u);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.integer({ min: 1, max: 80 }),
        (words, width) => {
          const out = wrapText(words.join(" "), width);
          const lines = out.split("\n");
          for (const line of lines) {
            expect(columns(line) <= width || !line.includes(" ")).toBe(true);
          }
          expect(out.split(/\s+/).filter(Boolean)).toEqual(words);
        },
      ),
    );
  });
});
