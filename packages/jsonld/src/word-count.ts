const WORD = /\S+/g;

/**
 * The number of words in a text: runs of non-whitespace characters
 * (Unicode whitespace separates words; punctuation does not).
 *
 * @example
 * ```ts
 * wordCount("Russia denies it, Peskov said."); // 5
 * ```
 */
export function wordCount(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}
