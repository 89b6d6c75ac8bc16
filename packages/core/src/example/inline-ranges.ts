import { ownText } from "../kit/plain-text.js";
import type { Inline, Mention, QuoteSpan } from "../model/inline.js";
import { visit } from "../model/visit.js";

/** Where a mention or quote span lies in the plain text of its inline nodes. */
export interface InlineRange {
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** The plain text of inline nodes, with the range of every mention and quote span. */
export interface InlineRanges {
  text: string;
  mentions: (InlineRange & { entity: string; text: string })[];
  spans: (InlineRange & { quote: string })[];
}

/**
 * Lays inline nodes out as plain text (as `plainText` does) and records
 * where each mention and quote span falls in it. For the example's tests
 * only: not part of the published entry.
 */
export function inlineRanges(nodes: readonly Inline[]): InlineRanges {
  const out: InlineRanges = { text: "", mentions: [], spans: [] };
  const starts: number[] = [];
  visit(nodes, {
    enter(node, at) {
      starts[at.depth] = out.text.length;
      out.text += ownText(node as Inline);
    },
    leave(node, at) {
      const start = starts[at.depth]!;
      const end = out.text.length;
      if (at.type === "mention") {
        const { entity, text } = node as Mention;
        out.mentions.push({ start, end, entity, text });
      } else if (at.type === "quote")
        out.spans.push({ start, end, quote: (node as QuoteSpan).quote });
    },
  });
  return out;
}
