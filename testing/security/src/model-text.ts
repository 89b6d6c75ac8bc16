import { type Block, type Inline, NODE_TABLE, ownText, visit } from "@newsdoc/core/kit";

/**
 * The text a renderer must show for inline nodes: text and mention words
 * concatenated, a break as `breakAs` (HTML's `<br>` has no text; Markdown
 * reads a hard break back as a newline).
 */
export function inlineText(nodes: readonly Inline[], breakAs: string): string {
  let out = "";
  visit(nodes, (node, at) => {
    out += at.type === "break" ? breakAs : ownText(node as Inline);
  });
  return out;
}

/** Every block of a body, blockquote contents included, in document order. */
export function allBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  visit(blocks, (node, at) => {
    if (NODE_TABLE[at.type].category === "flow") out.push(node as Block);
  });
  return out;
}
