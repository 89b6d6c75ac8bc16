// With `poll` registered in CustomBlocks (./poll-node.ts), every exhaustive
// handler map must handle it: these tests prove a missing one does not compile.
import {
  type AnyCustomBlock,
  type Article,
  type Block,
  type BuiltInHandlers,
  type CustomBlock,
  defineNode,
  defineRenderer,
  type Handlers,
  type NodeType,
  type NodeTypes,
  type RenderContext,
} from "@newsdoc/core";
import { htmlRenderer, toHtml } from "@newsdoc/html";
import { toMarkdown } from "@newsdoc/markdown";
import { expectTypeOf, test } from "vitest";
import { z } from "zod";
import { newsletter } from "../newsletter.js";
import type { Poll } from "./poll-node.js";

type Ctx = RenderContext<string>;
declare const all: Handlers<string, Ctx>;
declare const article: Article;

test("the poll is a block and a node type", () => {
  expectTypeOf<Poll>().toExtend<Block>();
  expectTypeOf<CustomBlock>().toEqualTypeOf<Poll>();
  expectTypeOf<NodeTypes["poll"]>().toEqualTypeOf<Poll>();
  expectTypeOf<"poll">().toExtend<NodeType>();
  expectTypeOf<AnyCustomBlock>().toEqualTypeOf<Poll>();
});

test("a defineRenderer handler map missing `poll` is a compile error", () => {
  const { poll: _poll, ...withoutPoll } = all;
  // @ts-expect-error — "poll" is missing
  defineRenderer<string>({ name: "x", defaults: {}, handlers: withoutPoll });
  // …and with it, the same map compiles.
  defineRenderer<string>({ name: "x", defaults: {}, handlers: all });
});

test("a missing built-in handler is still a compile error", () => {
  const { paragraph: _p, ...withoutParagraph } = all;
  // @ts-expect-error — "paragraph" is missing
  defineRenderer<string>({ name: "x", defaults: {}, handlers: withoutParagraph });
});

test("a renderer open to custom nodes handles the built-ins and may leave `poll` to its callers", () => {
  const { poll: _poll, ...builtIns } = all;
  expectTypeOf(builtIns).toEqualTypeOf<BuiltInHandlers<string, Ctx>>();
  defineRenderer<string>({ name: "x", defaults: {}, customNodes: "optional", handlers: builtIns });
  const { mention: _m, ...withoutMention } = builtIns;
  defineRenderer<string>({
    name: "x",
    defaults: {},
    customNodes: "optional",
    // @ts-expect-error — "mention" is missing: open to custom nodes, still exhaustive over the built-ins
    handlers: withoutMention,
  });
});

test("the poll's handler gets a Poll, in every renderer", () => {
  toHtml(article, {
    handlers: {
      poll: (node, ctx) => {
        expectTypeOf(node).toEqualTypeOf<Poll>();
        return ctx.helpers.escapeText(node.question);
      },
    },
  });
  toMarkdown(article, {
    handlers: {
      poll: (node, ctx) => {
        expectTypeOf(node).toEqualTypeOf<Poll>();
        return ctx.helpers.escape(node.question);
      },
    },
  });
  htmlRenderer.extend({
    fallback: (node, ctx) => {
      expectTypeOf(node).toEqualTypeOf<Poll>();
      return ctx.helpers.escapeText(node.type);
    },
  });
  expectTypeOf(newsletter.handlers.poll).parameter(0).toEqualTypeOf<Poll>();
});

test("a poll handler must return the renderer's output", () => {
  toHtml(article, {
    handlers: {
      // @ts-expect-error — a plain string is not Html: use ctx.helpers
      poll: (node) => node.question,
    },
  });
});

test("defineNode checks its definition against the node", () => {
  const schema = z.strictObject({
    type: z.literal("poll"),
    question: z.string(),
    options: z.array(z.string()),
  }) as unknown as z.ZodType<Poll>;
  // @ts-expect-error — `question` is a string: it cannot hold child nodes
  defineNode<Poll>({ type: "poll", schema, children: { question: "phrasing" } });
  // @ts-expect-error — the type name is the node's `type`
  defineNode<Poll>({ type: "survey", schema });
});
