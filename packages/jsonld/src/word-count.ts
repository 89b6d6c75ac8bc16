/** Whitespace other than ASCII's (JavaScript's `\s` at or above U+00A0). */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a UTF-16 code unit is whitespace as JavaScript's `\s` defines it. */
export function isSpaceCode(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code >= 0xa0 && isWideSpace(code);
}

/**
 * The number of words in a text: runs of non-whitespace characters
 * (whitespace as JavaScript's `\s` defines it; punctuation does not
 * separate words). One pass over the code units, no allocation: the outer
 * loop steps over whitespace, the inner one runs to the end of a word with
 * one comparison per ASCII letter (the wide-space check only above U+009F).
 *
 * @example
 * ```ts
 * wordCount("Russia denies it, Peskov said."); // 5
 * ```
 */
export function wordCount(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isWideSpace(c)) {
      i++;
      continue;
    }
    count++;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d <= 0x20) {
        if (d === 0x20 || (d >= 0x09 && d <= 0x0d)) break;
      } else if (d >= 0xa0 && isWideSpace(d)) break;
    }
  }
  return count;
}
