import type { Inline } from "@newsdoc/core/kit";

/** A plain string node of a container, where it lies in the container's text. */
export interface Leaf {
  readonly start: number;
  readonly end: number;
  /** Inside an existing quote span. */
  readonly inQuote: boolean;
}

/** An existing mention, where it lies in the container's text. */
export interface ExistingMention {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly text: string;
}

/** A container's text and what already lies in it. */
export interface FlatText {
  /** The container's plain text, as the kit's `plainText` gives it. */
  readonly text: string;
  /** String nodes: the only places new mentions and quote marks are looked for. */
  readonly leaves: readonly Leaf[];
  readonly mentions: readonly ExistingMention[];
  /** Ranges of existing quote spans. */
  readonly quoteSpans: readonly { start: number; end: number; quote: string }[];
}

/** Lays inline nodes out as plain text and records where every string, mention and quote span lies. */
export function flatten(nodes: readonly Inline[]): FlatText {
  let text = "";
  const leaves: Leaf[] = [];
  const mentions: ExistingMention[] = [];
  const quoteSpans: { start: number; end: number; quote: string }[] = [];
  // Iterative: a frame per open element, so deep nesting cannot overflow the stack.
  const stack: {
    nodes: readonly Inline[];
    i: number;
    quote?: { start: number; id: string };
    inQuote: boolean;
  }[] = [{ nodes, i: 0, inQuote: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      if (frame.quote)
        quoteSpans.push({ start: frame.quote.start, end: text.length, quote: frame.quote.id });
      continue;
    }
    const node = frame.nodes[frame.i++]!;
    if (typeof node === "string") {
      if (node.length > 0)
        leaves.push({ start: text.length, end: text.length + node.length, inQuote: frame.inQuote });
      text += node;
      continue;
    }
    switch (node.type) {
      case "mention":
        mentions.push({
          start: text.length,
          end: text.length + node.text.length,
          entity: node.entity,
          text: node.text,
        });
        text += node.text;
        break;
      case "break":
        text += "\n";
        break;
      case "quote":
        stack.push({
          nodes: node.children,
          i: 0,
          quote: { start: text.length, id: node.quote },
          inQuote: true,
        });
        break;
      default:
        stack.push({ nodes: node.children, i: 0, inQuote: frame.inQuote });
    }
  }
  quoteSpans.sort((a, b) => a.start - b.start);
  return { text, leaves, mentions, quoteSpans };
}
