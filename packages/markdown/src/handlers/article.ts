import { articleFromParts } from "@newsdoc/core/kit";
import { renderClaimAppendix, renderQuoteAppendix } from "../appendix.js";
import { frontMatter } from "../front-matter.js";
import { renderHeader } from "../header.js";
import { renderImage } from "../image.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

const BLANK_LINE = trusted("\n\n");

/**
 * The document: front matter, header, lead image, body, appendix, blocks
 * separated by a blank line (empty ones skipped); one final newline.
 * Written as parts, so `markdownRenderer.stream` emits one part per block.
 */
export const article = articleFromParts<Markdown, MarkdownContext>(function* (node, ctx, flow) {
  const { appendix } = ctx.options;
  if (ctx.options.frontMatter) yield trusted(frontMatter(node, ctx.lookup));
  let started = false;
  const header = renderHeader(node, ctx);
  if (header !== "") {
    yield header;
    started = true;
  }
  const image = node.image ? renderImage(node.image, ctx) : "";
  if (image !== "") {
    if (started) yield BLANK_LINE;
    yield image;
    started = true;
  }
  // The body's parts carry their own separators after the first.
  let first = true;
  for (const part of flow(node)) {
    if (part === "") continue;
    if (first && started) yield BLANK_LINE;
    first = false;
    started = true;
    yield part;
  }
  const end =
    appendix === "quotes"
      ? renderQuoteAppendix(ctx)
      : appendix === "claims"
        ? renderClaimAppendix(ctx)
        : "";
  if (end !== "") {
    if (started) yield BLANK_LINE;
    yield end;
  }
  yield trusted("\n");
});
