import type { LanguageTable } from "../languages/language-table.js";
import { isAlnum, isSpaceOrEdge, isUpper } from "./char-class.js";

const CLOSERS = "\"'\u201d\u2019\u00bb\u00ab\u201c)]";
const OPENERS = "\"'\u201c\u2018\u201e\u00ab\u00bb\u201d(\u2013\u2014[";

/**
 * Offsets at which a sentence starts in `text` (0 included, in order): after
 * `.`, `!` or `?` (and any closing quotation marks or brackets) followed by
 * white space and an upper-case letter, a digit or an opening mark — unless
 * the full stop ends one of the language's abbreviations or an initial
 * (`John F. Kennedy`).
 *
 * @example
 * ```ts
 * sentenceStarts("It rained. Mr. Smith left.", english); // [0, 11]
 * ```
 */
export function sentenceStarts(text: string, table: LanguageTable): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j >= text.length || !isSpaceOrEdge(text[j])) continue;
    let k = j;
    while (k < text.length && isSpaceOrEdge(text[k])) k++;
    if (k >= text.length) continue;
    const next = text[k]!;
    if (!(isUpper(next) || /\p{N}/u.test(next) || OPENERS.includes(next))) continue;
    if (ch === "." && j === i + 1 && endsWithAbbreviation(text, i, table)) continue;
    starts.push(k);
  }
  return starts;
}

function endsWithAbbreviation(text: string, dot: number, table: LanguageTable): boolean {
  let w = dot;
  while (w > 0 && (isAlnum(text[w - 1]) || text[w - 1] === ".")) w--;
  const word = text.slice(w, dot + 1);
  // An initial: one capital letter ("F.") or a run of them ("U.S." is handled by
  // the next word's case: "the U.S. Army" has a capital after it, so initials
  // with more than one letter stay sentence ends unless listed).
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return table.abbreviations.includes(word);
}

/** Whether `offset` is the start of a sentence, given the starts {@link sentenceStarts} found. */
export function isSentenceStart(
  text: string,
  offset: number,
  starts: ReadonlySet<number>,
): boolean {
  if (starts.has(offset)) return true;
  // Inside an opening mark at a sentence start: `"Russia …` or `– Aurora …`.
  let k = offset;
  while (k > 0 && OPENERS.includes(text[k - 1]!)) k--;
  while (k > 0 && isSpaceOrEdge(text[k - 1]) && OPENERS.includes(text[k - 2] ?? "")) k--;
  return k !== offset && starts.has(k);
}
