import type { Article, Block, Inline } from "@newsdoc/core/kit";
import { maximalArticle } from "./maximal-article.js";

const m = (entity: string, text: string): Inline => ({ type: "mention", entity, text });

/**
 * The body nodes beyond paragraphs, headings, figures, quotations and
 * lists (issue #20): an aside (a factbox with a mention in its title, a
 * list and a pull quote inside), a pull quote in the main flow, an
 * editor's note with a link, a correction notice, and a table (a caption,
 * a header row, a row header column, a cell spanning two columns and a
 * mention in a cell). Invented for the
 * fixture (the example article stays faithful to its source).
 */
export const BODY_NODES: readonly Block[] = [
  {
    type: "aside",
    title: ["What we know about the ", m("talks", "talks")],
    children: [
      {
        type: "paragraph",
        children: [
          m("minister", "Jane Minister"),
          " and the ",
          m("ministry", "ministry"),
          " met twice.",
        ],
      },
      {
        type: "list",
        children: [
          { type: "listItem", children: ["Fees are the main issue"] },
          { type: "listItem", children: ["The next meeting is in March"] },
        ],
      },
      { type: "pullQuote", quote: "q-partial" },
    ],
  },
  { type: "pullQuote", quote: "q-direct" },
  {
    type: "editorsNote",
    children: [
      "This story was updated with the ",
      { type: "link", url: "https://example.org/report", children: ["ministry's report"] },
      ".",
    ],
  },
  {
    type: "correction",
    date: "2024-01-05T10:30:00+01:00",
    text: "An earlier version gave the wrong day for the next meeting.",
  },
  {
    type: "table",
    caption: ["The ", m("talks", "talks"), " so far"],
    children: [
      {
        type: "tableRow",
        children: [
          { type: "tableCell", header: "column", children: ["Meeting"] },
          { type: "tableCell", header: "column", children: ["Who"] },
          { type: "tableCell", header: "column", children: ["Outcome"] },
        ],
      },
      {
        type: "tableRow",
        children: [
          { type: "tableCell", header: "row", children: ["First"] },
          { type: "tableCell", children: [m("minister", "Jane Minister")] },
          { type: "tableCell", children: ["No agreement on fees"] },
        ],
      },
      {
        type: "tableRow",
        children: [
          { type: "tableCell", header: "row", children: ["Second"] },
          { type: "tableCell", colSpan: 2, children: ["Postponed to March"] },
        ],
      },
    ],
  },
];

/** {@link maximalArticle} with {@link BODY_NODES} after its body: every block type of the model. */
export const bodyNodesArticle: Article = {
  ...maximalArticle,
  id: "body-nodes",
  body: [...maximalArticle.body, ...BODY_NODES],
};
