import { describe, expect, it } from "vitest";
import { languageTagProblem, suggestLanguageTag } from "./language-tag.js";
import { isLanguageTag, LanguageTagSchema } from "./strings.js";

describe("languageTagProblem", () => {
  it.each([
    "en",
    "EN",
    "en-GB",
    "ru",
    "zh-Hant-TW",
    "sr-Latn-RS",
    "es-419",
    "de-CH-1901",
    "zh-yue-HK",
    "en-GB-oed",
    "art-lojban",
    "qaa",
    "en-Qaaa",
    "en-US-u-ca-gregory",
    "en-x-house",
  ])("accepts the registered tag %s", (tag) => {
    expect(languageTagProblem(tag)).toBeUndefined();
    expect(isLanguageTag(tag)).toBe(true);
    expect(LanguageTagSchema.safeParse(tag).success).toBe(true);
  });

  it.each([
    ["english", "english", "en"],
    ["English", "English", "en"],
    ["Deutsch", "Deutsch", "de"],
    ["eng", "eng", "en"],
    ["en-UK", "UK", "en-GB"],
    ["en-Latx", "Latx", undefined],
    ["xx", "xx", undefined],
  ])("rejects %s: %s is not registered (suggests %s)", (tag, subtag, suggestion) => {
    const problem = languageTagProblem(tag);
    expect(problem).toEqual({
      problem: "unregistered",
      subtag,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
    expect(isLanguageTag(tag)).toBe(false);
    expect(LanguageTagSchema.safeParse(tag).success).toBe(false);
  });

  it("calls a tag with underscores malformed and suggests hyphens", () => {
    expect(languageTagProblem("en_GB")).toEqual({ problem: "malformed", suggestion: "en-GB" });
    expect(languageTagProblem("en--GB")).toEqual({ problem: "malformed", suggestion: "en-GB" });
    expect(languageTagProblem("-")).toEqual({ problem: "malformed" });
  });

  it("suggests only tags that are themselves registered", () => {
    expect(suggestLanguageTag("Klingonish")).toBeUndefined();
    for (const tag of ["english", "en_GB", "en-UK", "français", "Russian"]) {
      const s = suggestLanguageTag(tag);
      expect(s).toBeDefined();
      expect(languageTagProblem(s!)).toBeUndefined();
    }
  });
});
