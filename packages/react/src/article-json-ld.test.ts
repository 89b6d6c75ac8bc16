import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
import { fcParams, parseHead, scriptBreakoutText, textSlots, withTexts } from "@newsdoc/test-utils";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { maximalArticle } from "../../jsonld/src/__fixtures__/maximal-article.js";
import { ArticleJsonLd } from "./article-json-ld.js";

vi.setConfig({ testTimeout: 300_000 });

const head = (article: Article, props: object = {}) =>
  parseHead(renderToStaticMarkup(createElement(ArticleJsonLd, { article, ...props })));

describe("<ArticleJsonLd>", () => {
  it("writes exactly jsonLdScript's element", () => {
    expect(renderToStaticMarkup(createElement(ArticleJsonLd, { article: example }))).toBe(
      jsonLdScript(toJsonLd(example)),
    );
  });

  it("passes toJsonLd options and a CSP nonce", () => {
    const options = { articleBody: true } as const;
    const { scriptAttributes, scriptText } = head(example, { options, nonce: "r4nd0m" });
    expect(scriptAttributes).toContainEqual({ name: "nonce", value: "r4nd0m" });
    expect(JSON.parse(scriptText!)).toEqual(toJsonLd(example, options));
  });

  // The break-out harness of packages/jsonld/src/breakout.test.ts, shared through @newsdoc/test-utils.
  const slots = textSlots(maximalArticle);
  it("cannot be broken out of: arbitrary text in every field gives one script whose JSON is toJsonLd's", () => {
    expect(slots.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(
        fc.array(scriptBreakoutText, { minLength: slots.length, maxLength: slots.length }),
        (texts) => {
          const article = withTexts(maximalArticle, slots, texts);
          const parsed = head(article);
          expect(parsed.tags).toEqual(["html", "head", "script", "body"]);
          expect(parsed.scriptAttributes).toEqual([{ name: "type", value: "application/ld+json" }]);
          expect(JSON.parse(parsed.scriptText!)).toEqual(toJsonLd(article));
        },
      ),
      fcParams(),
    );
  });
});
