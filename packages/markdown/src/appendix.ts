import {
  type ArticleIndex,
  claimAppendix,
  type Labels,
  partsText,
  type QuoteEntry,
  quoteAppendix,
  quoteDetailParts,
} from "@newsdoc/core/kit";
import { joinBlocks } from "./blocks.js";
import { type Markdown, trusted } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

function bulletList(items: readonly Markdown[]): Markdown {
  let out = "";
  for (const item of items) {
    out += `${out === "" ? "" : "\n"}- ${item.replaceAll("\n", "\n  ")}`;
  }
  return trusted(out);
}

/**
 * One quote's line: the words (in quotation marks unless reported speech),
 * then the kit's details — how, to whom, where, when and how it is
 * reported, the same words as HTML's appendix.
 */
export function quoteLine(
  { quote }: QuoteEntry,
  index: ArticleIndex,
  labels: Readonly<Labels>,
): string {
  const words = quote.mode === "indirect" ? quote.text : `“${quote.text}”`;
  return `${words} — ${partsText(quoteDetailParts(quote, index, labels))}`;
}

function heading(text: string, level: 2 | 3, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines } = ctx.helpers;
  return trusted(`${"#".repeat(level)} ${finishLines(esc(text), "heading")}`);
}

/** "Who said what": each speaker, in the order of their first quote, with their quotes. */
export function renderQuoteAppendix(ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines } = ctx.helpers;
  const groups = quoteAppendix(ctx.article, ctx.lookup);
  if (groups.length === 0) return trusted("");
  const labels = ctx.state.labels;
  const parts: Markdown[] = [heading(labels.quotes, 2, ctx)];
  for (const { speaker, quotes } of groups) {
    parts.push(heading(speaker.name, 3, ctx));
    parts.push(
      bulletList(
        quotes.map((q) => finishLines(esc(quoteLine(q, ctx.lookup, labels)), "paragraph")),
      ),
    );
  }
  return joinBlocks(parts);
}

/** "Claims": each claim, and who asserts, denies, neither, or cannot verify it. */
export function renderClaimAppendix(ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines } = ctx.helpers;
  const labels = ctx.state.labels;
  const claims = claimAppendix(ctx.article, ctx.lookup, labels);
  if (claims.length === 0) return trusted("");
  const parts: Markdown[] = [heading(labels.claims, 2, ctx)];
  for (const { claim, stances } of claims) {
    parts.push(heading(claim.statement, 3, ctx));
    const lines = stances.map(({ label, parties }) => {
      const who = parties.map((p) => p.entity.name).join(", ");
      return finishLines(esc(`${label[0]!.toUpperCase()}${label.slice(1)}: ${who}`), "paragraph");
    });
    if (lines.length > 0) parts.push(bulletList(lines));
  }
  return joinBlocks(parts);
}
