import { type Block, type Container, flowFromParts, type PartsContainer } from "@newsdoc/core/kit";
import { type Markdown, trusted } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * The flow container's parts: each block, after a blank line when it is
 * not the first (always: `---` right under a paragraph line would make it
 * a heading). Empty output is skipped.
 */
export const flowParts: PartsContainer<Markdown, MarkdownContext, Block> = function* (
  blocks,
  each,
  ctx,
) {
  let started = false;
  let previousIsList = false;
  for (let i = 0; i < blocks.length; i++) {
    // Two lists in a row with the same marker would merge into one.
    if (!previousIsList) ctx.state.listMarker = undefined;
    const rendered = each(i);
    if (rendered === "") continue;
    previousIsList = (blocks[i] as { type?: string }).type === "list";
    yield started ? trusted(`\n\n${rendered}`) : rendered;
    started = true;
  }
};

/** The flow container (`ctx.flow`): the blocks of {@link flowParts}, joined; a stream emits them one by one. */
export const flowContainer: Container<Markdown, MarkdownContext, Block> = flowFromParts(flowParts);

/** Joins finished blocks (skipping empty ones) with a blank line. */
export function joinBlocks(parts: readonly Markdown[]): Markdown {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    out = out === "" ? part : `${out}\n\n${part}`;
  }
  return trusted(out);
}

/**
 * Prefixes every line of a finished block: `first` on the first line,
 * `rest` on the others, `blank` (default `rest`) on empty lines. What a
 * container override uses to put blocks behind `> ` or under a list marker.
 */
export function prefixLines(block: Markdown, first: string, rest: string, blank = rest): Markdown {
  let out = "";
  let start = 0;
  let prefix = first;
  while (true) {
    const end = block.indexOf("\n", start);
    const line = end === -1 ? block.slice(start) : block.slice(start, end);
    out += line === "" ? blank : prefix + line;
    if (end === -1) break;
    out += "\n";
    start = end + 1;
    prefix = rest;
  }
  return trusted(out);
}
