import {
  type Article,
  type ArticleIndex,
  bylineParts,
  datelineParts,
  type FormatDate,
  type Labels,
  PART_SEPARATOR,
  partsText,
} from "@newsdoc/core/kit";
import { joinBlocks } from "./blocks.js";
import type { Markdown } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * The byline line's text: the kit's byline parts (the byline as printed,
 * else "By" and the authors' names), then its dates line — the same words
 * as the HTML header's byline and dateline, on one line.
 */
export function bylineText(
  article: Article,
  index: ArticleIndex,
  formatDate: FormatDate,
  labels: Readonly<Labels>,
): string | undefined {
  const lines = [
    partsText(bylineParts(article, index, labels)),
    partsText(datelineParts(article, labels, formatDate)),
  ].filter((line) => line !== "");
  return lines.length > 0 ? lines.join(PART_SEPARATOR) : undefined;
}

/** `# Headline`, the dek in emphasis, and the byline/date line when known. */
export function renderHeader(article: Article, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, emphasis, md } = ctx.helpers;
  const parts: Markdown[] = [md`# ${finishLines(esc(article.headline), "heading")}`];
  if (article.alternativeHeadline !== undefined && article.alternativeHeadline !== "") {
    parts.push(finishLines(emphasis(esc(article.alternativeHeadline)), "paragraph"));
  }
  const byline = bylineText(article, ctx.lookup, ctx.options.formatDate, ctx.state.labels);
  if (byline !== undefined) parts.push(finishLines(esc(byline), "paragraph"));
  return joinBlocks(parts);
}
