/** A 1-based position in a text file, as editors show it. */
export interface LineColumn {
  readonly line: number;
  /** Counted in characters (Unicode code points), so an emoji counts once. */
  readonly column: number;
}

/**
 * The line and column of a UTF-16 `offset` in `text`. Lines end at `\n`,
 * `\r\n` or a lone `\r`; an offset past the end points just after the last
 * character.
 *
 * @example
 * ```ts
 * lineColumn('{\n  "a": }', 9); // { line: 2, column: 8 }
 * ```
 */
export function lineColumn(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      lineStart = i + 1;
    } else if (code === 13 && text.charCodeAt(i + 1) !== 10) {
      // A lone \r ends a line; in \r\n the \n does.
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const code = text.charCodeAt(i);
    // The high half of a surrogate pair counts; its low half does not.
    if (code >= 0xdc00 && code <= 0xdfff && i > lineStart) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    column++;
  }
  return { line, column };
}
