import type { Article } from "@newsdoc/core/kit";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "./index.js";
import type { MarkdownContext } from "./options.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  entities: [],
  quotes: [],
  claims: [],
  body: [
    { type: "paragraph", children: ["Before."] },
    {
      type: "blockquote",
      children: [
        { type: "paragraph", children: ["First para."] },
        { type: "paragraph", children: ["Second ", { type: "emphasis", children: ["para"] }, "."] },
        { type: "list", children: [{ type: "listItem", children: ["inside"] }] },
      ],
    },
    {
      type: "list",
      ordered: true,
      start: 3,
      children: [
        { type: "listItem", children: ["one ", { type: "strong", children: ["bold"] }] },
        { type: "listItem", children: ["two", { type: "break" }, "lines"] },
      ],
    },
  ],
};

/** The tree's shape: node types and text, without positions. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}
function shape(node: MdNode): unknown {
  if (node.value !== undefined) return [node.type, node.value];
  if (node.children !== undefined) return [node.type, ...node.children.map(shape)];
  return [node.type];
}

describe("Markdown overrides of containers", () => {
  it("an override of blockquote that calls ctx.flow and indentLines reads back as the built-in does", () => {
    const builtIn = toMarkdown(article);
    const overridden = toMarkdown(article, {
      handlers: {
        blockquote: (node, ctx) => ctx.helpers.indentLines(ctx.flow(node), "> "),
      },
    });
    expect(shape(fromMarkdown(overridden))).toEqual(shape(fromMarkdown(builtIn)));
    const quote = fromMarkdown(overridden).children.find((n) => n.type === "blockquote");
    expect(quote && shape(quote)).toEqual([
      "blockquote",
      ["paragraph", ["text", "First para."]],
      ["paragraph", ["text", "Second "], ["emphasis", ["text", "para"]], ["text", "."]],
      ["list", ["listItem", ["paragraph", ["text", "inside"]]]],
    ]);
  });

  it("ctx.children of a blockquote keeps paragraphs apart (it lays out flow content)", () => {
    const overridden = toMarkdown(article, {
      handlers: { blockquote: (node, ctx) => ctx.helpers.indentLines(ctx.children(node), "> ") },
    });
    expect(overridden).toContain("> First para.\n>\n> Second *para*.");
  });

  it("an override of listItem that calls ctx.phrasing reads back as the built-in does", () => {
    const builtIn = toMarkdown(article);
    const overridden = toMarkdown(article, {
      handlers: {
        listItem: (node, ctx) => ctx.helpers.finishLines(ctx.phrasing(node), "paragraph"),
      },
    });
    expect(overridden).toBe(builtIn);
    const list = fromMarkdown(overridden).children.at(-1)!;
    expect(shape(list)).toEqual([
      "list",
      ["listItem", ["paragraph", ["text", "one "], ["strong", ["text", "bold"]]]],
      ["listItem", ["paragraph", ["text", "two"], ["break"], ["text", "lines"]]],
    ]);
  });

  it("an override wrapping list items in their own container keeps CommonMark's structure", () => {
    const overridden = toMarkdown(article, {
      handlers: {
        listItem: (node, ctx, base) => ctx.helpers.md`${base(node, ctx)} (${ctx.index + 1})`,
      },
    });
    const list = fromMarkdown(overridden).children.at(-1)!;
    expect(list.type).toBe("list");
    expect(list.type === "list" && list.start).toBe(3);
    expect(list.type === "list" && list.children.length).toBe(2);
    expect(overridden).toContain("3. one **bold** (1)\n4. two\\\n   lines (2)");
  });

  it("gives handlers their parent and position among siblings", () => {
    const seen: string[] = [];
    const note = (ctx: MarkdownContext) => {
      const p = ctx.parent;
      seen.push(`${p === undefined ? "-" : "type" in p ? p.type : "article"}#${ctx.index}`);
    };
    toMarkdown(article, {
      handlers: {
        paragraph: (node, ctx, base) => {
          note(ctx);
          return base(node, ctx);
        },
        listItem: (node, ctx, base) => {
          note(ctx);
          return base(node, ctx);
        },
      },
    });
    expect(seen).toEqual([
      "article#0",
      "blockquote#0",
      "blockquote#1",
      "list#0",
      "list#0",
      "list#1",
    ]);
  });
});
