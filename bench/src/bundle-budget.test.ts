import { describe, expect, it } from "vitest";
import { BUNDLE_CASES, measureBundle } from "./bundle-size.js";

// Sizes, not timings: a bundle that grows past its budget, or that pulls in
// zod where only rendering was imported, fails CI.
describe("bundle budgets (esbuild, minified, gzip)", () => {
  for (const item of BUNDLE_CASES) {
    it(`${item.name} stays within ${item.budget} bytes and bundles no zod`, async () => {
      const size = await measureBundle(item, "source");
      expect(size.inputs.some((p) => p.includes("packages/"))).toBe(true);
      expect(
        size.containsZod,
        `zod modules in ${item.name}: ${size.inputs.filter((p) => p.includes("zod")).join(", ")}`,
      ).toBe(false);
      expect(size.gzip).toBeLessThanOrEqual(item.budget);
    });
  }

  it("detects zod when it is bundled (the check can fail)", async () => {
    const size = await measureBundle(
      { name: "parseArticle with zod", source: 'export { parseArticle } from "@newsdoc/core";' },
      "source",
    );
    expect(size.containsZod).toBe(true);
  });
});
