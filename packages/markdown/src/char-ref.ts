/**
 * A numeric character reference for the code point at `index` of `text`:
 * it parses back to the same character in any Markdown position where a
 * backslash escape would not work (spaces, tabs, line endings, letters).
 */
export function charRef(text: string, index = 0): string {
  const code = text.codePointAt(index) ?? 0;
  if (code === 0x20) return "&#x20;";
  if (code === 9) return "&#9;";
  if (code === 10) return "&#10;";
  return `&#x${code.toString(16).toUpperCase()};`;
}

/** The length in UTF-16 units of the code point at `index`. */
export function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}
