import type { Block, Container } from "@newsdoc/core/kit";
import { type Markdown, trusted } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * The flow container (`ctx.flow`): renders blocks and separates them with
 * a blank line (always: `---` right under a paragraph line would make it a
 * heading). Empty output is skipped.
 */
export const flowContainer: Container<Markdown, MarkdownContext, Block> = (blocks, each, ctx) => {
  let out = "";
  let previousIsList = false;
  for (let i = 0; i < blocks.length; i++) {
    // Two lists in a row with the same marker would merge into one.
    if (!previousIsList) ctx.state.listMarker = undefined;
    const rendered = each(i);
    if (rendered === "") continue;
    previousIsList = (blocks[i] as { type?: string }).type === "list";
    out = out === "" ? rendered : `${out}\n\n${rendered}`;
  }
  return trusted(out);
};

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
