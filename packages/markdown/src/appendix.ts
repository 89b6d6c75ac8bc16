import {
  claimAppendix,
  QUOTE_MODE_LABELS,
  type QuoteEntry,
  quoteAppendix,
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

/** One quote's line: the words (in quotation marks unless reported speech), how, where, when. */
export function quoteLine({ quote, via, audience }: QuoteEntry): string {
  const words = quote.mode === "indirect" ? quote.text : `“${quote.text}”`;
  const details: string[] = [];
  if (quote.verb !== undefined) details.push(quote.verb);
  if (via) details.push(`via ${via.name}`);
  if (quote.audience) details.push(`to ${audience?.name ?? quote.audience.text}`);
  if (quote.when) details.push(quote.when.text);
  const how = details.length > 0 ? ` — ${details.join(", ")}` : "";
  return `${words}${how} (${QUOTE_MODE_LABELS[quote.mode]})`;
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
  const parts: Markdown[] = [heading("Who said what", 2, ctx)];
  for (const { speaker, quotes } of groups) {
    parts.push(heading(speaker.name, 3, ctx));
    parts.push(bulletList(quotes.map((q) => finishLines(esc(quoteLine(q)), "paragraph"))));
  }
  return joinBlocks(parts);
}

/** "Claims": each claim, and who asserts, denies, neither, or cannot verify it. */
export function renderClaimAppendix(ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines } = ctx.helpers;
  const claims = claimAppendix(ctx.article, ctx.lookup);
  if (claims.length === 0) return trusted("");
  const parts: Markdown[] = [heading("Claims", 2, ctx)];
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
