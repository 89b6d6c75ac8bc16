import type { Aside, CorrectionNotice, EditorsNote, PullQuote } from "@newsdoc/core/kit";
import { joinBlocks } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { attributes } from "./attributes.js";
import { containerDirective } from "./container-fence.js";
import { escapeNewsdoc } from "./escape-newsdoc.js";
import { heading, paragraph } from "./handlers.js";
import { DIRECTIVE, LABEL_LIMIT } from "./syntax.js";

/** `:::aside`, its title as the first block (a `##` heading), then its blocks. */
export function aside(node: Aside, ctx: MarkdownContext): Markdown {
  const title = heading({ type: "heading", level: 2, children: node.title }, ctx);
  return containerDirective(DIRECTIVE.aside, trusted(""), joinBlocks([title, ctx.flow(node)]));
}

/** `::pull-quote{#quote}`: the words are the quote's, in the front matter. */
export function pullQuote(node: PullQuote, _ctx: MarkdownContext): Markdown {
  return trusted(`::${DIRECTIVE.pullQuote}${attributes(node.quote, {})}`);
}

/** `:::editors-note` around one paragraph of the note's inline content. */
export function editorsNote(node: EditorsNote, ctx: MarkdownContext): Markdown {
  const content = paragraph({ type: "paragraph", children: node.children }, ctx);
  return containerDirective(DIRECTIVE.editorsNote, trusted(""), content);
}

/** `::correction[text]{date=…}`; a text too long for a label goes into a `text` attribute. */
export function correction(node: CorrectionNotice, ctx: MarkdownContext): Markdown {
  const words = ctx.helpers.finishLines(escapeNewsdoc(node.text, "linkText"), "line");
  if (words.length > LABEL_LIMIT || words.includes("\n")) {
    return trusted(
      `::${DIRECTIVE.correction}${attributes(undefined, { date: node.date, text: node.text })}`,
    );
  }
  return trusted(
    `::${DIRECTIVE.correction}[${words}]${attributes(undefined, { date: node.date })}`,
  );
}
