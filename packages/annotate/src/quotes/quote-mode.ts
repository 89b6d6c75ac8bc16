import { isLower } from "../text/char-class.js";

/**
 * `partial` for a quoted fragment, `direct` for a quoted sentence: up to
 * three words is a fragment unless it stands as a sentence of its own (starts
 * a sentence with a capital and ends with `.`, `!` or `?`); longer words are
 * a fragment when they start with a lower-case letter inside a sentence
 * (`… open to receiving Russian troops in the future "if such a need arises."`).
 */
export function quoteMode(words: string, startsSentence: boolean): "direct" | "partial" {
  const count = words.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const first = words.trim().match(/[\p{L}\p{N}]/u)?.[0];
  if (count <= 3) {
    const sentence = startsSentence && !isLower(first) && /[.!?…]$/u.test(words.trim());
    return sentence ? "direct" : "partial";
  }
  return !startsSentence && isLower(first) ? "partial" : "direct";
}
