import { expectTypeOf, test } from "vitest";
import { type Markdown, markdownRenderer, toMarkdown } from "./index.js";

test("handlers must return Markdown, not model text", () => {
  markdownRenderer.extend({
    // @ts-expect-error: a plain string (unescaped model text) is not Markdown.
    handlers: { text: (t: string) => t },
  });
  markdownRenderer.extend({ handlers: { text: (t, ctx) => ctx.helpers.escape(t) } });
});

test("md accepts Markdown and numbers, not strings", () => {
  markdownRenderer.extend({
    handlers: {
      // @ts-expect-error: interpolating model text without escaping it.
      mention: (n, ctx) => ctx.helpers.md`@${n.text}`,
    },
  });
  markdownRenderer.extend({
    handlers: { mention: (n, ctx) => ctx.helpers.md`@${ctx.helpers.escape(n.text)} ${1}` },
  });
});

test("toMarkdown returns a string and checks its options", () => {
  expectTypeOf(toMarkdown).returns.toEqualTypeOf<string>();
  // @ts-expect-error: not an option value.
  toMarkdown({} as never, { mentions: "links" });
  expectTypeOf<Markdown>().toMatchTypeOf<string>();
});
