import { type Article, type ArticleIndex, callFormatDate } from "@newsdoc/core/kit";
import { joinBlocks } from "./blocks.js";
import type { Markdown } from "./markdown.js";
import type { MarkdownContext, MarkdownOptions } from "./options.js";

function names(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** The byline line's text: the byline as printed (else "By" and the authors' names), then the dates. */
export function bylineText(
  article: Article,
  index: ArticleIndex,
  formatDate: MarkdownOptions["formatDate"],
): string | undefined {
  const parts: string[] = [];
  if (article.byline !== undefined) parts.push(article.byline);
  else if (article.authors.length > 0) {
    parts.push(`By ${names(article.authors.map((id) => index.requireEntity(id).name))}`);
  }
  for (const [iso, kind, label] of [
    [article.datePublished, "published", "Published"],
    [article.dateModified, "modified", "Updated"],
  ] as const) {
    if (iso === undefined) continue;
    parts.push(`${label} ${callFormatDate(formatDate, iso, kind)}`);
  }
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** `# Headline`, the dek in emphasis, and the byline/date line when known. */
export function renderHeader(article: Article, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, emphasis, md } = ctx.helpers;
  const parts: Markdown[] = [md`# ${finishLines(esc(article.headline), "heading")}`];
  if (article.alternativeHeadline !== undefined && article.alternativeHeadline !== "") {
    parts.push(finishLines(emphasis(esc(article.alternativeHeadline)), "paragraph"));
  }
  const byline = bylineText(article, ctx.lookup, ctx.options.formatDate);
  if (byline !== undefined) parts.push(finishLines(esc(byline), "paragraph"));
  return joinBlocks(parts);
}
