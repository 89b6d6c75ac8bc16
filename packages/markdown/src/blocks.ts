import type { Block } from "@newsdoc/core/kit";
import { type Markdown, trusted } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * Renders blocks and separates them with a blank line (always: `---` right
 * under a paragraph line would make it a heading). Empty output is skipped.
 */
export function renderBlocks(blocks: readonly Block[], ctx: MarkdownContext): Markdown {
  let out = "";
  let previous: Block | undefined;
  for (const block of blocks) {
    // Two lists in a row with the same marker would merge into one.
    if (previous?.type !== "list") ctx.state.listMarker = undefined;
    const rendered = ctx.render(block);
    if (rendered === "") continue;
    previous = block;
    out = out === "" ? rendered : `${out}\n\n${rendered}`;
  }
  return trusted(out);
}

/** Joins finished blocks (skipping empty ones) with a blank line. */
export function joinBlocks(parts: readonly Markdown[]): Markdown {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    out = out === "" ? part : `${out}\n\n${part}`;
  }
  return trusted(out);
}

/** Prefixes every line of a finished block (`> `, list indentation). */
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
