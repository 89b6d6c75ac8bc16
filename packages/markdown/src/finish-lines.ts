import { charRef } from "./char-ref.js";
import { type Markdown, trusted } from "./markdown.js";

/**
 * How a block's assembled inline Markdown is finished:
 * - `paragraph`: lines may break (soft breaks, hard breaks);
 * - `heading`: one line, and a trailing `#` is not a closing sequence;
 * - `line`: one line (image alt text, table-free labels).
 */
export type LineMode = "paragraph" | "heading" | "line";

const NEEDS_PARAGRAPH_WORK = /\n|^[ \t#>+=\-0-9]|^:-|[ \t]$/;
const NEEDS_LINE_WORK = /\n|^[ \t]|[ \t#]$/;

// A line ending preceded by backslashes: an odd run ends in a hard break.
const BACKSLASHES_THEN_NEWLINE = /(\\*)\n/g;
const TRAILING_HARD_BREAK = /(\\+)\n$/;
const EMPTY_LINE_OR_EDGE_NEWLINE = /(?<=^|\n)\n|\n$/g;
const TRAILING_WHITESPACE = /[ \t](?=\n|$)/g;
// What a line may not start with in a paragraph: indentation (stripped, or
// an indented code block), ATX headings, block quotes, list markers,
// setext underlines, thematic breaks and GFM table delimiter rows (which
// start with `|`, escaped everywhere, `-`, or `:` before a `-`).
const LINE_START = /(?<=^|\n)(?:[ \t]|[#>+=-]|:(?=-)|[0-9]{1,9}[.)](?=[ \t\n]|$))/g;

function oddRun(backslashes: string): boolean {
  return backslashes.length % 2 === 1;
}

function fixLineStart(match: string): string {
  if (match === " " || match === "\t") return charRef(match);
  if (match.length === 1) return `\\${match}`;
  return `${match.slice(0, -1)}\\${match.slice(-1)}`;
}

function paragraph(content: string): string {
  let out = content;
  if (out.includes("\n")) {
    // A hard break cannot end a paragraph: it would read as a literal "\".
    const end = TRAILING_HARD_BREAK.exec(out);
    if (end && oddRun(end[1]!)) out = `${out.slice(0, -end[0].length)}${end[1]!.slice(1)}\n`;
    // A blank line would end the paragraph; an edge newline would be dropped.
    out = out.replace(EMPTY_LINE_OR_EDGE_NEWLINE, "&#10;");
  }
  out = out.replace(TRAILING_WHITESPACE, (space) => charRef(space));
  return out.replace(LINE_START, fixLineStart);
}

function singleLine(content: string, heading: boolean): string {
  let out = content.replace(BACKSLASHES_THEN_NEWLINE, (_, slashes: string) =>
    oddRun(slashes) ? `${slashes.slice(1)}&#10;` : `${slashes}&#10;`,
  );
  if (out.startsWith(" ") || out.startsWith("\t")) out = charRef(out) + out.slice(1);
  const last = out.at(-1);
  if (last === " " || last === "\t") out = out.slice(0, -1) + charRef(last);
  // "# Title #" would lose its "#" as a closing sequence.
  else if (heading && last === "#") out = `${out.slice(0, -1)}\\#`;
  return out;
}

/**
 * Finishes a block's inline Markdown so that its lines read back as that
 * block: escapes what would start another block at a line start, encodes
 * leading and trailing spaces and tabs (which Markdown strips) and blank
 * lines inside text (which would end the block) as character references,
 * and, for headings and single-line labels, keeps everything on one line.
 *
 * @example
 * ```ts
 * finishLines(escapeMarkdown("1. not a list"), "paragraph"); // "1\\. not a list"
 * ```
 */
export function finishLines(content: Markdown, mode: LineMode): Markdown {
  if (mode === "paragraph") {
    return NEEDS_PARAGRAPH_WORK.test(content) ? trusted(paragraph(content)) : content;
  }
  return NEEDS_LINE_WORK.test(content) ? trusted(singleLine(content, mode === "heading")) : content;
}
