/** Prefixes for wrapped lines: `first` for the first line, `rest` for the others. */
export interface Indent {
  /** Default `""`. */
  first?: string;
  /** Default: the same as `first`. */
  rest?: string;
}

/** Length in code points, so an astral character counts once. */
function columns(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Wraps text at `width` columns, breaking only between words (runs of
 * whitespace become one space). A word longer than the width (a URL) gets a
 * line of its own rather than being cut. A newline in the text is kept as a
 * line break. Prefixes count towards the width.
 *
 * @example
 * ```ts
 * wrapText("one two three", 7); // "one two\nthree"
 * wrapText("one two three", 9, { first: "- ", rest: "  " }); // "- one two\n  three"
 * ```
 */
export function wrapText(text: string, width: number, indent: Indent = {}): string {
  if (!Number.isInteger(width) || width < 1) {
    throw new RangeError(`wrapText: width must be a positive integer, got ${width}.`);
  }
  const first = indent.first ?? "";
  const rest = indent.rest ?? first;
  const lines: string[] = [];
  const prefix = () => (lines.length === 0 ? first : rest);
  for (const segment of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const word of segment.split(/\s+/)) {
      if (word === "") continue;
      const size = columns(word);
      if (line === "") {
        line = word;
        used = columns(prefix()) + size;
      } else if (used + 1 + size <= width) {
        line += ` ${word}`;
        used += 1 + size;
      } else {
        lines.push(prefix() + line);
        line = word;
        used = columns(prefix()) + size;
      }
    }
    lines.push(line === "" ? prefix().trimEnd() : prefix() + line);
  }
  return lines.join("\n");
}
