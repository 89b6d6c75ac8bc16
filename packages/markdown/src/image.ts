import { type Image, safeUrl } from "@newsdoc/core/kit";
import { joinBlocks } from "./blocks.js";
import { destination } from "./escape.js";
import { type Markdown, trusted } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * An image as Markdown blocks: `![alt](url)` when the file is known, then
 * the caption and the credit as paragraphs (caption and credit alone when
 * there is no file, or its URL is one `safeUrl` refuses).
 */
export function renderImage(image: Image, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines } = ctx.helpers;
  const parts: Markdown[] = [];
  const url = image.url === undefined ? undefined : safeUrl(image.url);
  if (url !== undefined) {
    const alt = finishLines(esc(image.alt ?? "", "linkText"), "line");
    parts.push(trusted(`![${alt}](${destination(url)})`));
  }
  if (image.caption && image.caption.length > 0) {
    parts.push(finishLines(ctx.phrasing(image.caption), "paragraph"));
  }
  if (image.credit) {
    const label = ctx.state.labels.credit;
    const credit = label === "" ? image.credit.text : `${label} ${image.credit.text}`;
    parts.push(finishLines(esc(credit), "paragraph"));
  }
  return joinBlocks(parts);
}
