import type { Article } from "@newsdoc/core/kit";
import { expectTypeOf, test } from "vitest";
import type { Html } from "./html.js";
import { html } from "./html-template.js";
import { htmlRenderer } from "./renderer.js";
import { toHtml } from "./to-html.js";

declare const article: Article;

test("toHtml returns Html, which is still a string", () => {
  expectTypeOf(toHtml(article)).toEqualTypeOf<Html>();
  expectTypeOf(toHtml(article)).toMatchTypeOf<string>();
});

test("a handler that returns a plain string is a type error", () => {
  toHtml(article, {
    handlers: {
      // @ts-expect-error — model text must be escaped into Html
      mention: (node) => node.text,
    },
  });
  htmlRenderer.extend({
    handlers: {
      // @ts-expect-error — a template string is a string, not Html
      text: (value) => `<b>${value}</b>`,
    },
  });
  toHtml(article, {
    handlers: { mention: (node, ctx) => ctx.helpers.escapeText(node.text) },
  });
});

test("the html template refuses plain strings in holes", () => {
  const words: string = "<b>";
  // @ts-expect-error — escape text with escapeText first
  html`<p>${words}</p>`;
  html`<p>${1}${null}${[] as Html[]}</p>`;
});

test("options are typed", () => {
  // @ts-expect-error — "links" is not a mentions mode
  toHtml(article, { mentions: "links" });
  toHtml(article, { mentions: "text", appendix: ["quotes"], classPrefix: "x-", pretty: true });
});
