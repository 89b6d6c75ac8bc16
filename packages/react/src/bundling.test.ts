import { fileURLToPath } from "node:url";
import { bundleForBrowser, isValidatorModule, isZodModule } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";

const resolveDir = fileURLToPath(new URL(".", import.meta.url));

/** Bundles `code` like a browser app (React external) and returns the files in the bundle and its text. */
const bundle = (code: string, conditions: string[] = []) =>
  bundleForBrowser(code, { resolveDir, conditions, external: ["react", "react-dom"] });

const isHtmlPackage = (path: string) => path.includes("packages/html/");

describe("bundling @newsdoc/react", () => {
  it("pulls in no zod and nothing of @newsdoc/html (no string renderer)", async () => {
    const { inputs } = await bundle(
      `import { NewsArticle, ArticleJsonLd, articleMetadata } from "@newsdoc/react";
       console.log(NewsArticle, ArticleJsonLd, articleMetadata);`,
    );
    expect(inputs.some((p) => p.endsWith("react/src/news-article.ts"))).toBe(true);
    expect(inputs.filter(isZodModule)).toEqual([]);
    expect(inputs.filter(isHtmlPackage)).toEqual([]);
    expect(inputs.filter(isValidatorModule)).toEqual([]);
  });

  it("the checks can fail: toHtml and parseArticle do pull those in", async () => {
    const { inputs } = await bundle(
      `import { toHtml } from "@newsdoc/html"; import { parseArticle } from "@newsdoc/core";
       console.log(toHtml, parseArticle);`,
    );
    expect(inputs.filter(isHtmlPackage).length).toBeGreaterThan(0);
    expect(inputs.filter(isZodModule).length).toBeGreaterThan(0);
  });

  it("uses nothing of React but createElement and Fragment: no hooks, no context, so a Server Component", async () => {
    const { text } = await bundle(`export * from "@newsdoc/react";`, ["react-server"]);
    const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"react"/g)].flatMap((m) =>
      m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/)[0]),
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set(["createElement", "Fragment"]));
    expect(text).not.toMatch(/["']use client["']/);
  });
});
