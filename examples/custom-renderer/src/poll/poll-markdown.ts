import type { Handler, List, Paragraph } from "@newsdoc/core";
import type { Markdown, MarkdownContext } from "@newsdoc/markdown";
import type { Poll } from "./poll-node.js";

/**
 * The poll as Markdown: the question in bold, the answers as a numbered
 * list, then the closing date. Made of built-in nodes rendered with
 * `ctx.render`, so the renderer's own escaping covers every string (an
 * answer like `- *Yes*` stays text) and the blocks are laid out as the
 * renderer lays out blocks.
 */
export const pollMarkdown: Handler<Poll, Markdown, MarkdownContext> = (poll, ctx) => {
  const question: Paragraph = {
    type: "paragraph",
    children: [{ type: "strong", children: ["Poll:"] }, ` ${poll.question}`],
  };
  const answers: List = {
    type: "list",
    ordered: true,
    children: poll.options.map((option) => ({ type: "listItem", children: [option] })),
  };
  const blocks = [ctx.render(question), ctx.render(answers)];
  if (poll.closes !== undefined)
    blocks.push(
      ctx.render({ type: "paragraph", children: [`Voting closes ${poll.closes.slice(0, 10)}.`] }),
    );
  return ctx.helpers.joinBlocks(blocks);
};
