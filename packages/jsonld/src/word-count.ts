/** JavaScript's `\s` (Unicode White_Space plus U+FEFF), by code unit. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
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

/**
 * The number of words in a text: runs of non-whitespace characters
 * (whitespace as JavaScript's `\s` defines it; punctuation does not
 * separate words). One pass over the code units, no allocation.
 *
 * @example
 * ```ts
 * wordCount("Russia denies it, Peskov said."); // 5
 * ```
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
