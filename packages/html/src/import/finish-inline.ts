import type { Inline } from "@newsdoc/core";
import { plainText } from "@newsdoc/core";
import type { ImportContext } from "./context.js";
import { PENDING, type PendingQuote, type Piece, resolveSeparators } from "./pieces.js";
import { shortValue } from "./sanitize.js";
import { collapseInlines, tidyInlines } from "./whitespace.js";

type Pending = Inline & { [PENDING]?: PendingQuote };

/**
 * Quote spans resolved against the registry once their words are final:
 * a span whose quote is known (with the same words) or can be created
 * keeps its reference; any other is unwrapped to its words, reported.
 */
function resolveQuotes(nodes: readonly Inline[], ctx: ImportContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes as Pending[]) {
    if (typeof node === "string" || !("children" in node)) {
      out.push(node);
      continue;
    }
    const children = resolveQuotes(node.children, ctx);
    const pending = node[PENDING];
    if (pending === undefined || node.type !== "quote") {
      out.push({ ...node, children } as Inline);
      continue;
    }
    const result = ctx.registry.quote(pending.id, plainText(children), pending.speaker, pending.at);
    if ("quote" in result) {
      out.push({ type: "quote", quote: result.quote.id, children });
    } else {
      ctx.report.push({
        kind: "unresolved",
        reason: "quote",
        message: `A quote span (data-quote ${JSON.stringify(pending.id)}) was kept as plain words: ${result.problem}.`,
        value: shortValue(pending.id),
        ...pending.at,
      });
      out.push(...children);
    }
  }
  return out;
}

/**
 * The final inline content of one block: separators settled, whitespace
 * collapsed (unless preserved), adjacent text merged, quote spans resolved.
 */
export function finishInline(pieces: readonly Piece[], ctx: ImportContext): Inline[] {
  const inline = resolveSeparators(pieces);
  const spaced = ctx.preserve ? tidyInlines(inline) : collapseInlines(inline);
  return tidyInlines(resolveQuotes(spaced, ctx));
}

/** True when inline content shows nothing at all (empty, or whitespace only). */
export function isBlankInline(nodes: readonly Inline[]): boolean {
  return nodes.every((n) => typeof n === "string" && !/\S/.test(n));
}
