import { fileURLToPath } from "node:url";
import { bundleForBrowser, isValidatorModule, isZodModule } from "@newsdoc/test-utils";
import { expect, it } from "vitest";

const resolveDir = fileURLToPath(new URL(".", import.meta.url));

it("annotate pulls no zod and nothing of the validator into a bundle", async () => {
  const { inputs } = await bundleForBrowser(
    `import { annotate } from "./index.ts"; console.log(annotate);`,
    { resolveDir },
  );
  expect(inputs.some((p) => p.endsWith("annotate/src/annotate.ts"))).toBe(true);
  expect(inputs.some((p) => p.includes("core/src/"))).toBe(true);
  expect(inputs.filter((p) => isZodModule(p) || isValidatorModule(p))).toEqual([]);
});
