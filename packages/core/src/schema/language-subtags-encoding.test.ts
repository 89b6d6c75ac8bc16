import { describe, expect, it } from "vitest";
import { LANGUAGE_SUBTAGS } from "./language-subtags.generated.js";
import { GROUPED_TYPES, groupedSubtags, REGISTRY_INDEXES } from "./language-subtags-source.js";
import { isRegisteredLanguageTag, subtagIndex } from "./language-tag.js";

describe("the generated subtag lists read back as the registry", () => {
  for (const [type, index] of Object.entries(REGISTRY_INDEXES)) {
    it(`${type}: every subtag and range, nothing more`, () => {
      const keys = Object.keys(index);
      const read = subtagIndex(
        LANGUAGE_SUBTAGS[type as keyof typeof LANGUAGE_SUBTAGS],
        GROUPED_TYPES.includes(type),
      );
      expect([...read.subtags].sort()).toEqual(keys.filter((k) => !k.includes("..")).sort());
      expect(read.ranges.map(([a, b]) => `${a}..${b}`)).toEqual(
        keys.filter((k) => k.includes("..")),
      );
    });
  }

  it("groups 3-letter subtags by their first two letters, and keeps the rest as they are", () => {
    expect(groupedSubtags(["aa", "ab", "aaa", "aab", "aac", "abb", "qaa..qtz", "aca"])).toBe(
      "aa ab aaabc abb qaa..qtz aca",
    );
    expect([...subtagIndex("aa ab aaabc abb qaa..qtz aca", true).subtags]).toEqual([
      "aa",
      "ab",
      "aaa",
      "aab",
      "aac",
      "abb",
      "aca",
    ]);
    expect(() => groupedSubtags(["abcd"])).toThrow(/"abcd", neither 2 nor 3 letters/);
  });

  it("accepts each subtag of a group and rejects a 3-letter one between them", () => {
    const language = new Set(Object.keys(REGISTRY_INDEXES.language));
    const grouped = [...language].filter((k) => k.length === 3 && !k.includes(".."));
    for (const code of grouped.slice(0, 200)) expect(isRegisteredLanguageTag(code)).toBe(true);
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const missing = [...letters]
      .flatMap((a) => [...letters].map((b) => `a${a}${b}`))
      .filter((code) => !language.has(code))
      .slice(0, 50);
    expect(missing.length).toBeGreaterThan(0);
    for (const code of missing) expect(isRegisteredLanguageTag(code)).toBe(false);
  });
});
