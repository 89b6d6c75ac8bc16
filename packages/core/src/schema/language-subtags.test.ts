import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { languageSubtagsModule } from "./language-subtags-source.js";

describe("language-subtags.generated.ts", () => {
  it("is current with the installed language-subtag-registry (run: pnpm --filter @newsdoc/core exec tsx scripts/write-language-subtags.ts)", () => {
    const file = readFileSync(new URL("./language-subtags.generated.ts", import.meta.url), "utf8");
    expect(file).toBe(languageSubtagsModule());
  });
});
