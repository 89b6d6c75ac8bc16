import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../example.ts", import.meta.url));

describe("bundling @newsdoc/core/example", () => {
  it("pulls no zod and nothing of the validator into an app", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs).map((path) => path.replaceAll("\\", "/"));
    expect(inputs.some((path) => path.endsWith("example/body.ts"))).toBe(true);
    expect(
      inputs.filter((path) => /node_modules\/zod\/|src\/(schema|validate|lint)\//.test(path)),
    ).toEqual([]);
  });
});
