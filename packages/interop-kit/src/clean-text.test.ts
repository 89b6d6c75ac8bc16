import { describe, expect, it } from "vitest";
import { cleanNonBlank, cleanText, isNonBlank } from "./clean-text.js";
import type { Report } from "./report.js";

describe("cleanText", () => {
  it("leaves valid text alone and reports nothing", () => {
    const report: Report = [];
    expect(cleanText("Peskov said “no”.\tThen 😀.", "x", report)).toBe(
      "Peskov said “no”.\tThen 😀.",
    );
    expect(report).toEqual([]);
  });

  it("removes controls and noncharacters, makes a lone surrogate U+FFFD, and says so once", () => {
    const report: Report = [];
    expect(cleanText("a\u0000b\u0007c\ufffed\ud800e\r\nf", "body", report)).toBe("abcd\ufffde\nf");
    expect(report).toEqual([expect.objectContaining({ kind: "approximated", path: "body" })]);
  });

  it("gives undefined for what is blank once cleaned", () => {
    const report: Report = [];
    expect(cleanNonBlank(" \u0001 ", "x", report)).toBeUndefined();
    expect(isNonBlank(" a ")).toBe(true);
    expect(isNonBlank(undefined)).toBe(false);
  });
});
