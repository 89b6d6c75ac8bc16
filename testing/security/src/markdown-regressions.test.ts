import type { Inline } from "@newsdoc/core/kit";
import { toMarkdown } from "@newsdoc/markdown";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { inlineText } from "./model-text.js";

const text = (node: Nodes): string =>
  node.type === "text"
    ? node.value
    : "children" in node
      ? node.children.map((c) => text(c as Nodes)).join("")
      : "";

function roundTrip(children: Inline[]): string {
  const markdown = toMarkdown({
    newsdoc: 1,
    id: "a",
    language: "en",
    headline: "x",
    authors: [],
    body: [{ type: "paragraph", children }],
    entities: [],
    quotes: [],
    claims: [],
  });
  return text(fromMarkdown(markdown).children[1] as Nodes);
}

// Shrunk by fast-check from markdown.test.ts; kept so the case stays fixed.
describe("toMarkdown findings", () => {
  // FINDING (open): @newsdoc/markdown writes `**__A___A_**`; the `___` run is intraword, so it neither
  // opens nor closes, and the reader sees underscores. it.fails until the emphasis/strong handlers are fixed.
  it.fails("strong holding strong then emphasis keeps its text (was **__A___A_** → “_A___A”)", () => {
    const children: Inline[] = [
      {
        type: "strong",
        children: [
          { type: "strong", children: ["A"] },
          { type: "emphasis", children: ["A"] },
        ],
      },
    ];
    expect(roundTrip(children)).toBe(inlineText(children, "\n"));
  });
});
