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
  // Fixed findings. Was `**__A___A_**`: the `___` run is intraword, so it neither opened nor closed
  // and the reader saw underscores. Now a run right after a sibling run takes the other character,
  // and strong inside strong is written once.
  it("strong holding strong then emphasis keeps its text (was **__A___A_** → “_A___A”)", () => {
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

  // Was `**_x_**\<script>****`: a fused closing run of four after a both-flanking `**` opener, which
  // CommonMark's rule of 3 refuses to match.
  it("strong holding emphasis then strong with punctuation keeps its text", () => {
    const children: Inline[] = [
      {
        type: "strong",
        children: [
          { type: "emphasis", children: ["x"] },
          { type: "strong", children: ["<script>"] },
        ],
      },
    ];
    expect(roundTrip(children)).toBe(inlineText(children, "\n"));
  });

  it("emphasis, strong and emphasis touching inside strong keep their text", () => {
    const children: Inline[] = [
      {
        type: "emphasis",
        children: [
          { type: "strong", children: ["“a”"] },
          { type: "emphasis", children: ["!"] },
          { type: "strong", children: [{ type: "emphasis", children: ["("] }] },
        ],
      },
    ];
    expect(roundTrip(children)).toBe(inlineText(children, "\n"));
  });

  // Was `**_&#x20;_&#x31;_&#x30;_…`: the text's `_` in "1_0" was left unescaped as intraword, then
  // its neighbours were encoded as character references next to the emphasis runs, which freed it.
  it("an intraword underscore next to emphasis stays text", () => {
    const children: Inline[] = [
      {
        type: "strong",
        children: [
          { type: "emphasis", children: [" "] },
          "1_0",
          { type: "emphasis", children: [" "] },
          "\u200f",
        ],
      },
    ];
    expect(roundTrip(children)).toBe(inlineText(children, "\n"));
  });
});
