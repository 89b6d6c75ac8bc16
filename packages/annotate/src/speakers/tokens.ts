import type { EntityId } from "@newsdoc/core/kit";

/** A name in the text, resolved to one entity or ambiguous between several. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly entities: readonly EntityId[];
}

/** A word, a punctuation mark, a registry name or another quoted passage. */
export interface Token {
  readonly kind: "word" | "punct" | "name" | "quote";
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text, for matching verbs and pronouns. */
  readonly lower: string;
  /** For a `name`: the entities it may denote. */
  readonly entities?: readonly EntityId[];
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-.][\p{L}\p{N}\p{M}]+)*/uy;

/**
 * Splits `text[from, to)` into tokens: registry names (as one token each),
 * other quoted passages (one token each), words and punctuation marks.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  names: readonly NameSpan[],
  quotes: readonly { start: number; end: number }[],
): Token[] {
  const nameAt = new Map<number, NameSpan>();
  for (const n of names)
    if (n.start >= from && n.start < to && !nameAt.has(n.start)) nameAt.set(n.start, n);
  const quoteAt = new Map<number, { start: number; end: number }>();
  for (const q of quotes)
    if (q.start >= from && q.start < to && !quoteAt.has(q.start)) quoteAt.set(q.start, q);
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const name = nameAt.get(i);
    if (name && name.end <= to) {
      const t = text.slice(name.start, name.end);
      tokens.push({
        kind: "name",
        start: i,
        end: name.end,
        text: t,
        lower: t.toLowerCase(),
        entities: name.entities,
      });
      i = name.end;
      continue;
    }
    const quote = quoteAt.get(i);
    if (quote && quote.end > i) {
      const end = Math.min(quote.end, to);
      const t = text.slice(i, end);
      tokens.push({ kind: "quote", start: i, end, text: t, lower: t.toLowerCase() });
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word && word.index === i) {
      let end = Math.min(i + word[0].length, to);
      // A name or quote may start inside what the word pattern would take.
      for (let k = i + 1; k < end; k++) {
        if (nameAt.has(k) || quoteAt.has(k)) {
          end = k;
          break;
        }
      }
      const t = text.slice(i, end);
      tokens.push({ kind: "word", start: i, end, text: t, lower: t.toLowerCase() });
      i = end;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({
      kind: "punct",
      start: i,
      end: i + len,
      text: text.slice(i, i + len),
      lower: text.slice(i, i + len),
    });
    i += len;
  }
  return tokens;
}
