/**
 * `text` if it has at most `max` characters (code points), else its words up
 * to `max - 1` characters and "…": cut at the last space when that keeps
 * more than half, and never in the middle of a surrogate pair.
 *
 * @example
 * ```ts
 * truncateAtWord("Russia denies sending troops to Syria", 20); // "Russia denies…"
 * ```
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
