import type { Block, Inline } from "@newsdoc/core";

/**
 * Plain text as paragraphs: a blank line ends a paragraph, a single line
 * break inside one is a `break` node; blank paragraphs are skipped.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const part of text.split(/\n[ \t]*\n/)) {
    if (!/\S/.test(part)) continue;
    const children: Inline[] = [];
    part
      .trim()
      .split("\n")
      .forEach((line, i) => {
        if (i > 0) children.push({ type: "break" });
        if (line !== "") children.push(line);
      });
    blocks.push({ type: "paragraph", children });
  }
  return blocks;
}
