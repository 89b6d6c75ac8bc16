import type { Block, Inline } from "@newsdoc/core/kit";

/**
 * The text a renderer must show for inline nodes: text and mention words
 * concatenated, a break as `breakAs` (HTML's `<br>` has no text; Markdown
 * reads a hard break back as a newline).
 */
export function inlineText(nodes: readonly Inline[], breakAs: string): string {
  let out = "";
  for (const node of nodes) {
    if (typeof node === "string") out += node;
    else if (node.type === "mention") out += node.text;
    else if (node.type === "break") out += breakAs;
    else out += inlineText(node.children, breakAs);
  }
  return out;
}

/** Every block of a body, blockquote contents included, in document order. */
export function* allBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.type === "blockquote") yield* allBlocks(block.children);
  }
}
