import { describe, expect, it } from "vitest";
import { QUOTATION_MARKS, quoteSpanWords } from "./quote-span-words.js";

describe("quoteSpanWords", () => {
  it("strips one pair of surrounding marks of every style, then one trailing comma", () => {
    expect(quoteSpanWords('"We are not sending troops,"')).toBe("We are not sending troops");
    expect(quoteSpanWords("“Words”")).toBe("Words");
    expect(quoteSpanWords("„Worte“")).toBe("Worte");
    expect(quoteSpanWords("«mots»")).toBe("mots");
    expect(quoteSpanWords("‘words’")).toBe("words");
    expect(quoteSpanWords("'words'")).toBe("words");
  });

  it("trims whitespace before looking for the marks", () => {
    expect(quoteSpanWords("  “words,”\n")).toBe("words");
  });

  it("strips each end independently (a quote running on into the next paragraph has no closing mark)", () => {
    expect(quoteSpanWords("“It goes on")).toBe("It goes on");
    expect(quoteSpanWords("and ends here.”")).toBe("and ends here.");
  });

  it("removes only one mark per end and only one comma, and keeps inner punctuation", () => {
    expect(quoteSpanWords("“‘nested’”")).toBe("‘nested’");
    expect(quoteSpanWords('"a,,"')).toBe("a,");
    expect(quoteSpanWords('"it\'s fine."')).toBe("it's fine.");
  });

  it("leaves unquoted words alone and copes with empty and mark-only text", () => {
    expect(quoteSpanWords("plain words")).toBe("plain words");
    expect(quoteSpanWords("")).toBe("");
    expect(quoteSpanWords('"')).toBe("");
    expect(quoteSpanWords(",")).toBe("");
  });

  it("lists the nine marks it strips", () => {
    expect(QUOTATION_MARKS.join("")).toBe("\"“”„'‘’«»");
  });
});
