import { expectTypeOf, test } from "vitest";
import type { Article } from "../model/article.js";
import type { Mention } from "../model/inline.js";
import type { Handlers, RenderContext } from "./define-renderer.js";
import { defineRenderer } from "./define-renderer.js";

type Ctx = RenderContext<string>;
declare const all: Handlers<string, Ctx>;
declare const article: Article;

test("a handler map missing a node type is a compile error", () => {
  const { mention: _m, ...withoutMention } = all;
  defineRenderer<string>({
    name: "x",
    defaults: {},
    // @ts-expect-error — "mention" is missing
    handlers: withoutMention,
  });
});

test("handlers get their own node type and a base of the same type", () => {
  defineRenderer<string>({
    name: "x",
    defaults: {},
    handlers: {
      ...all,
      mention: (node, ctx, base) => {
        expectTypeOf(node).toEqualTypeOf<Mention>();
        expectTypeOf(base).parameter(0).toEqualTypeOf<Mention>();
        expectTypeOf(ctx.article).toEqualTypeOf<Article>();
        return base(node, ctx);
      },
      text: (node) => {
        expectTypeOf(node).toEqualTypeOf<string>();
        return node;
      },
    },
  });
});

test("a handler must return the renderer's output type", () => {
  defineRenderer<string>({
    name: "x",
    defaults: {},
    // @ts-expect-error — rule returns a number
    handlers: { ...all, rule: () => 1 },
  });
});

test("render options are the renderer's own, partial, plus handler overrides", () => {
  const r = defineRenderer<string, { width: number }>({
    name: "x",
    defaults: { width: 72 },
    handlers: all as unknown as Handlers<string, RenderContext<string, { width: number }>>,
  });
  expectTypeOf(r.render(article, { width: 60 })).toEqualTypeOf<string>();
  // @ts-expect-error — unknown option
  r.render(article, { colour: "red" });
  // @ts-expect-error — unknown handler key
  r.render(article, { handlers: { hologram: () => "" } });
});
