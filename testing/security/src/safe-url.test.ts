import { safeUrl } from "@newsdoc/core/kit";
import { fcParams, hostileUrl, isSafeUrl, xssCorpus } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The URL policy every renderer applies (core's safeUrl), over the corpus and generated obfuscations.
describe("safeUrl over hostile URLs", () => {
  it("refuses every unsafe URL of the XSS corpus", () => {
    for (const vector of xssCorpus.filter((v) => v.kind === "url")) {
      expect(safeUrl(vector.payload), vector.label).toBeUndefined();
    }
  });

  it("never lets through a URL a browser would give another scheme, decoded or not", () => {
    fc.assert(
      fc.property(hostileUrl(), (url) => {
        const safe = safeUrl(url);
        if (safe !== undefined) {
          expect(isSafeUrl(safe)).toBe(true);
          expect(isSafeUrl(safe.replace(/&#(\d+);?/g, (_, d) => String.fromCharCode(+d)))).toBe(
            true,
          );
        }
      }),
      { ...fcParams(), numRuns: Math.max(2000, fcParams().numRuns ?? 0) },
    );
  });
});
