import { describe, expect, it } from "vitest";
import { formatWarnings, lintHeading, type Warning } from "./format-warnings.js";

const w = (rule: string, severity: Warning["severity"], path: (string | number)[]): Warning => ({
  rule,
  severity,
  path,
  message: `${rule} here`,
});

describe("formatWarnings", () => {
  it("prints each finding with its severity, path and rule, in the order given", () => {
    expect(
      formatWarnings([w("missing-url", "info", ["url"]), w("missing-image", "warn", ["image"])]),
    ).toEqual([
      "info  url: missing-url here [missing-url]",
      "warn  image: missing-image here [missing-image]",
    ]);
  });

  it("prints nothing for no findings", () => {
    expect(formatWarnings([])).toEqual([]);
  });
});

describe("lintHeading", () => {
  it("counts each severity, most serious first, and leaves out the ones at zero", () => {
    expect(
      lintHeading([
        w("a", "info", []),
        w("b", "warn", []),
        w("c", "info", []),
        w("d", "error", []),
      ]),
    ).toBe("Lint: 1 error, 1 warning, 2 info");
    expect(lintHeading([w("b", "warn", []), w("b", "warn", [])])).toBe("Lint: 2 warnings");
    expect(lintHeading([])).toBe("Lint: nothing to improve");
  });
});
