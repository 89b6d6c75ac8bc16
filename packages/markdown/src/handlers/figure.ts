import type { Figure } from "@newsdoc/core/kit";
import { renderImage } from "../image.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** An image in the body: `![alt](url)`, then caption and credit paragraphs. */
export function figure(node: Figure, ctx: MarkdownContext): Markdown {
  return renderImage(node.image, ctx);
}
