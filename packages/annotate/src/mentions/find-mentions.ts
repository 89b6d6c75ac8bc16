import type { EntityId } from "@newsdoc/core/kit";
import { APOSTROPHES, isAlnum, isLower, isUpper } from "../text/char-class.js";
import type { Leaf } from "../tree/flatten.js";
import type { NameIndex } from "./name-index.js";

/** A name found in the text: one entity (a mention) or several (ambiguous). */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The registry's form of the name (differs from `text` only in a sentence-initial capital). */
  readonly name: string;
  readonly entities: readonly EntityId[];
}

/** Whether a name may start at `i`: not inside a word, a hyphenated compound or an elision. */
function startsWord(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined) return true;
  if (isAlnum(prev) || prev === "-" || prev === "_") return false;
  if (APOSTROPHES.includes(prev) && isAlnum(text[i - 2])) return false; // d'Estaing
  return true;
}

/** Whether a name may end at `end`: the next character ends the word; a possessive stays outside. */
function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (isAlnum(next) || next === "-" || next === "_") return false;
  if (APOSTROPHES.includes(next)) {
    const after = text[end + 1];
    // "Russia's" (possessive) and "servicemen'" (plural possessive) end the name; "O'Brien" does not.
    if (after === "s" && !isAlnum(text[end + 2])) return true;
    return !isAlnum(after);
  }
  return true;
}

function capitalize(name: string): string {
  const first = String.fromCodePoint(name.codePointAt(0)!);
  return first.toUpperCase() + name.slice(first.length);
}

/**
 * Finds the registry's names in the string leaves of a container: whole
 * words, longest name first, case-sensitive — except that a name written
 * with a lower-case initial ("state television") also matches capitalised
 * at a sentence start. Matches never overlap; the first and longest wins.
 */
export function findNames(
  text: string,
  leaves: readonly Leaf[],
  index: NameIndex,
  isSentenceStart: (offset: number) => boolean,
): NameMatch[] {
  const found: NameMatch[] = [];
  for (const leaf of leaves) {
    let i = leaf.start;
    while (i < leaf.end) {
      const match = startsWord(text, i)
        ? matchAt(text, i, leaf.end, index, isSentenceStart)
        : undefined;
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        const cp = text.codePointAt(i)!;
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  return found;
}

function matchAt(
  text: string,
  i: number,
  limit: number,
  index: NameIndex,
  isSentenceStart: (offset: number) => boolean,
): NameMatch | undefined {
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  const candidates: { name: IndexedCandidate; form: string }[] = [];
  for (const entry of index.startingWith(ch)) candidates.push({ name: entry, form: entry.name });
  if (isUpper(ch) && isSentenceStart(i)) {
    for (const entry of index.startingWith(ch.toLowerCase())) {
      if (isLower(String.fromCodePoint(entry.name.codePointAt(0)!))) {
        candidates.push({ name: entry, form: capitalize(entry.name) });
      }
    }
    candidates.sort((a, b) => b.form.length - a.form.length);
  }
  for (const { name, form } of candidates) {
    const end = i + form.length;
    if (end > limit) continue;
    if (!text.startsWith(form, i)) continue;
    if (!endsWord(text, end)) continue;
    return { start: i, end, text: form, name: name.name, entities: name.entities };
  }
  return undefined;
}

type IndexedCandidate = { readonly name: string; readonly entities: readonly EntityId[] };
