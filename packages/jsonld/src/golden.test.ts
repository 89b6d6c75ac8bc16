import { article } from "@newsdoc/core/example";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { jsonLdScript } from "./json-ld-script.js";
import { toJsonLd } from "./to-json-ld.js";

// Golden files: written once (vitest -u), reviewed by eye, compared on every run.
const pretty = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

describe("golden output", () => {
  test("the example article, default options", async () => {
    await expect(pretty(toJsonLd(article))).toMatchFileSnapshot("./__golden__/example.jsonld");
  });

  test("the example article's script element", async () => {
    await expect(`${jsonLdScript(toJsonLd(article))}\n`).toMatchFileSnapshot(
      "./__golden__/example.script.html",
    );
  });

  test("the maximal article, every option on", async () => {
    const graph = toJsonLd(maximalArticle, {
      articleBody: true,
      quoteModes: ["direct", "partial", "indirect"],
    });
    await expect(pretty(graph)).toMatchFileSnapshot("./__golden__/maximal.jsonld");
  });
});
