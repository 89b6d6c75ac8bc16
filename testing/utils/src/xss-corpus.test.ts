import { describe, expect, it } from "vitest";
import { isSafeUrl } from "./hostile-url.js";
import { xssCorpus } from "./xss-corpus.js";

describe("xssCorpus", () => {
  it("holds at least 100 vectors with unique labels and payloads", () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(xssCorpus.map((v) => v.label)).size).toBe(xssCorpus.length);
    expect(new Set(xssCorpus.map((v) => v.payload)).size).toBe(xssCorpus.length);
  });

  it("marks as url exactly the vectors whose scheme a browser would run or load", () => {
    for (const vector of xssCorpus) {
      expect({ label: vector.label, unsafe: !isSafeUrl(vector.payload) }).toEqual({
        label: vector.label,
        unsafe: vector.kind === "url",
      });
    }
  });

  it("covers every family the issue names", () => {
    const payloads = xssCorpus.map((v) => v.payload.toLowerCase());
    for (const needle of [
      "<script",
      "onerror",
      "javascript:",
      "vbscript:",
      "data:",
      "<svg",
      "<math",
      "<!--",
      "]]>",
      "</script><!--<script>",
      "&#x",
      "&colon;",
    ]) {
      expect(payloads.some((p) => p.includes(needle))).toBe(true);
    }
  });
});
