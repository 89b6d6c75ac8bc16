import type { Inline } from "../model/inline.js";

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
  const walk = (node: Inline) => {
    if (typeof node === "string") {
      out.text += node;
      return;
    }
    switch (node.type) {
      case "mention": {
        const start = out.text.length;
        out.text += node.text;
        out.mentions.push({ start, end: out.text.length, entity: node.entity, text: node.text });
        return;
      }
      case "break":
        out.text += "\n";
        return;
      case "quote": {
        const start = out.text.length;
        node.children.forEach(walk);
        out.spans.push({ start, end: out.text.length, quote: node.quote });
        return;
      }
      default:
        node.children.forEach(walk);
    }
  };
  nodes.forEach(walk);
  return out;
}
