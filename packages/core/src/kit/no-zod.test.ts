import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// By path, not by name: @newsdoc/test-utils depends on core, so core cannot
// list it as a dependency without a cycle in the workspace graph.
import {
  bundleForBrowser,
  isValidatorModule,
  isZodModule,
} from "../../../../testing/utils/src/bundle-for-browser.js";

const resolveDir = fileURLToPath(new URL("..", import.meta.url));
/** Bundles `code` like a browser app would and returns the files that ended up in it. */
const bundledInputs = async (code: string) => (await bundleForBrowser(code, { resolveDir })).inputs;

describe("bundling", () => {
  it("the renderer kit pulls no zod into an app", async () => {
    const inputs = await bundledInputs(
      `import { defineRenderer, createIndex, plainText } from "@newsdoc/core/kit";
       console.log(defineRenderer, createIndex, plainText);`,
    );
    expect(inputs.some((path) => path.endsWith("core/src/kit.ts"))).toBe(true);
    expect(inputs.filter(isZodModule)).toEqual([]);
  });

  it("the example article pulls in no zod and nothing of the validator", async () => {
    const inputs = await bundledInputs(
      `import { article } from "@newsdoc/core/example"; console.log(article);`,
    );
    expect(inputs.some((path) => path.endsWith("example/body.ts"))).toBe(true);
    expect(inputs.filter((path) => isZodModule(path) || isValidatorModule(path))).toEqual([]);
  });

  it("validation does pull zod in (so the test above can fail)", async () => {
    const inputs = await bundledInputs(
      `import { parseArticle } from "@newsdoc/core"; console.log(parseArticle);`,
    );
    expect(inputs.filter(isZodModule).length).toBeGreaterThan(0);
    expect(inputs.filter(isValidatorModule).length).toBeGreaterThan(0);
  });
});
