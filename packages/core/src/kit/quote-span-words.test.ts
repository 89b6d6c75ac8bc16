import { describe, expect, it } from "vitest";
import {
  QUOTATION_MARKS,
  quoteSpanWords,
  quoteWordsKey,
  spanMatchesQuote,
} from "./quote-span-words.js";

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

describe("quoteSpanWords: sentence punctuation", () => {
  it("drops a comma or full stop placed after the closing mark (British placement)", () => {
    expect(quoteSpanWords("“We are not sending troops”,")).toBe("We are not sending troops");
    expect(quoteSpanWords("‘and ends here’.")).toBe("and ends here");
    expect(quoteSpanWords("no marks,")).toBe("no marks");
  });
});

describe("spanMatchesQuote", () => {
  const text = "Until this [happens] … hypothetically,";
  it.each([
    [
      "American placement, text without the comma",
      "“Until this [happens] … hypothetically,”",
      "Until this [happens] … hypothetically",
    ],
    ["American placement, text with the comma", "“Until this [happens] … hypothetically,”", text],
    ["British placement, text with the comma", "“Until this [happens] … hypothetically”,", text],
    [
      "British placement, text without the comma",
      "‘Until this [happens] … hypothetically’,",
      "Until this [happens] … hypothetically",
    ],
    ["straight marks", '"Until this [happens] … hypothetically,"', text],
    ["mixed marks", '«Until this [happens] … hypothetically,"', text],
    ["a full stop inside the marks", "“We will not.”", "We will not"],
    ["a full stop in the text only", "“We will not”", "We will not."],
  ])("accepts %s", (_name, span, quote) => {
    expect(spanMatchesQuote(span, quote)).toBe(true);
  });

  it.each([
    ["different words", "“We are sending troops”", "We are not sending troops"],
    ["a curly apostrophe against a straight one", "“It’s false”", "It's false"],
    ["a missing last word", "“We are not sending”", "We are not sending troops"],
    ["a question mark", "“Why?”", "Why"],
  ])("rejects %s", (_name, span, quote) => {
    expect(spanMatchesQuote(span, quote)).toBe(false);
  });

  it("compares in quoteWordsKey form", () => {
    expect(quoteWordsKey("a,")).toBe("a");
    expect(quoteWordsKey("a.")).toBe("a");
    expect(quoteWordsKey("a?")).toBe("a?");
    expect(quoteWordsKey("")).toBe("");
  });
});
