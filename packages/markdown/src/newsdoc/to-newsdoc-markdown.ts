import type { Article } from "@newsdoc/core/kit";
import { joinBlocks } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { type MarkdownRenderer, markdownRenderer } from "../renderer.js";
import { aside, correction, editorsNote, pullQuote } from "./body-nodes.js";
import { customNodeFence } from "./custom-node-fence.js";
import { escapeNewsdoc } from "./escape-newsdoc.js";
import { newsdocFrontMatter } from "./front-matter-newsdoc.js";
import {
  blockquote,
  emphasis,
  figure,
  heading,
  link,
  list,
  listItem,
  mention,
  paragraph,
  quote,
  renderFigure,
  strong,
  text,
} from "./handlers.js";
import { audio, embed, video } from "./media-nodes.js";
import { mentionDefinitionLines } from "./mention-definitions.js";
import { table, tableCell, tableRow } from "./table.js";

function article(node: Article, ctx: MarkdownContext): Markdown {
  const headline = ctx.helpers.finishLines(escapeNewsdoc(node.headline), "heading");
  const document = joinBlocks([
    trusted(`# ${headline}`),
    node.image ? renderFigure(node.image, ctx, true) : trusted(""),
    ctx.flow(node),
  ]);
  // After the body, so that every mention label written is known.
  const definitions = mentionDefinitionLines(ctx);
  if (definitions !== "")
    return trusted(`${newsdocFrontMatter(node)}${document}\n\n${definitions}\n`);
  return trusted(`${newsdocFrontMatter(node)}${document}\n`);
}

/**
 * The newsdoc Markdown writer: `markdownRenderer` extended with handlers
 * that keep everything the model says. Use {@link toNewsdocMarkdown}.
 */
export const newsdocMarkdownRenderer: MarkdownRenderer = /* @__PURE__ */ markdownRenderer.extend({
  name: "newsdoc-markdown",
  // A custom node (defineNode) is written as its JSON in a `newsdoc:<type>` fence: fromMarkdown reads it back.
  fallback: customNodeFence,
  handlers: {
    article,
    paragraph,
    heading,
    figure,
    blockquote,
    list,
    listItem,
    aside,
    pullQuote,
    editorsNote,
    correction,
    table,
    tableRow,
    tableCell,
    embed,
    video,
    audio,
    text,
    emphasis,
    strong,
    link,
    mention,
    quote,
  },
});

/**
 * Writes an article as newsdoc Markdown: YAML front matter with the
 * metadata and the registries, `# headline`, the lead image, and the body
 * as CommonMark: mentions as reference links (`[words][@id]`, defined at
 * the end), quote spans as `<span data-quote="id">words</span>`, so that
 * any CommonMark reader shows the words, and directives for what
 * CommonMark cannot say.
 * `fromMarkdown` (from `@newsdoc/markdown/import`) reads it back to an
 * article deep-equal to this one: the format is lossless. Deterministic;
 * ends with one newline. The article is trusted to be valid.
 *
 * @example
 * ```ts
 * import { toNewsdocMarkdown } from "@newsdoc/markdown";
 * import { fromMarkdown } from "@newsdoc/markdown/import";
 * fromMarkdown(toNewsdocMarkdown(article)).article; // deep-equals article
 * ```
 */
export function toNewsdocMarkdown(node: Article): string {
  return newsdocMarkdownRenderer.render(node);
}
