import { isAlnum, isSpaceOrEdge } from "../text/char-class.js";
import { QUOTE_CHARS, QUOTE_PAIRS, SINGLE_MARKS } from "./quote-marks.js";

/** A quoted passage in a container's text. */
export interface Passage {
  /** Offset of the opening mark (or of the first word of a dash-led line). */
  readonly start: number;
  /** Offset after the closing mark (or the end of the paragraph when the quote continues). */
  readonly end: number;
  /** The opening mark (`"`, `«`, `–` for a dialogue line). */
  readonly open: string;
  /** The closing mark; empty when the quote continues in the next paragraph or has none. */
  readonly close: string;
  /** The quote has no closing mark here and goes on in the next paragraph. */
  readonly continuesNext: boolean;
  /** This is the next paragraph of a quote opened in the previous one. */
  readonly continuesPrevious: boolean;
  /** Inside another passage (a quote within a quote). */
  readonly nested: boolean;
}

/** A quotation mark that opened and never closed. */
export interface UnclosedMark {
  readonly offset: number;
  readonly mark: string;
}

/** What the scan of one container found. */
export interface PassageScan {
  readonly passages: Passage[];
  readonly unclosed: UnclosedMark[];
  /** An opening mark still open at the end of the container, for the next paragraph to continue. */
  readonly openAtEnd?: { offset: number; mark: string };
}

const OPEN_CONTEXT = "([{\u2013\u2014-/";

function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined) return false;
  if (!(isSpaceOrEdge(prev) || OPEN_CONTEXT.includes(prev!) || QUOTE_CHARS.has(prev!)))
    return false;
  return true;
}

function canClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || isSpaceOrEdge(prev)) return false;
  return next === undefined || !isAlnum(next);
}

/**
 * Pairs the quotation marks of one container's text. `masked(i)` says a
 * character is not to be read (inside an existing quote span or mention).
 * `carried` is a quote left open at the end of the previous paragraph: if
 * this one opens with a mark of the same kind, the quote goes on.
 */
export function findPassages(
  text: string,
  masked: (i: number) => boolean,
  carried: { mark: string } | undefined,
): PassageScan {
  const passages: Passage[] = [];
  const unclosed: UnclosedMark[] = [];
  const stack: { offset: number; mark: string; continuesPrevious: boolean }[] = [];
  const firstNonSpace = text.search(/\S/u);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!QUOTE_CHARS.has(ch) || masked(i)) continue;
    let closed = false;
    if (canClose(text, i)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k]!;
        if (QUOTE_PAIRS[open.mark]?.includes(ch)) {
          if (open.offset === i - 1 && ch === open.mark) {
            stack.length = k; // `""`: nothing quoted, no passage
            closed = true;
            break;
          }
          for (const dropped of stack.slice(k + 1)) {
            if (!SINGLE_MARKS.has(dropped.mark))
              unclosed.push({ offset: dropped.offset, mark: dropped.mark });
          }
          stack.length = k;
          passages.push({
            start: open.offset,
            end: i + 1,
            open: open.mark,
            close: ch,
            continuesNext: false,
            continuesPrevious: open.continuesPrevious,
            nested: false,
          });
          closed = true;
          break;
        }
        // A single mark left open is most likely an apostrophe: look past it.
        // A double mark left open stops the search.
        if (!SINGLE_MARKS.has(open.mark)) break;
      }
    }
    if (closed) continue;
    const symmetricOpenOnTop = stack.length > 0 && stack[stack.length - 1]!.mark === ch;
    if (
      QUOTE_PAIRS[ch] &&
      canOpen(text, i) &&
      !(symmetricOpenOnTop && isSpaceOrEdge(text[i + 1]))
    ) {
      // A space after the mark is allowed (`" if there is…"`) only when it cannot be read as closing.
      if (isSpaceOrEdge(text[i + 1]) && stack.length > 0) continue;
      stack.push({
        offset: i,
        mark: ch,
        continuesPrevious:
          carried !== undefined && i === firstNonSpace && sameKind(carried.mark, ch),
      });
    }
  }
  // The outermost double mark still open may continue in the next paragraph.
  let openAtEnd: { offset: number; mark: string } | undefined;
  for (const open of stack) {
    if (openAtEnd === undefined && !SINGLE_MARKS.has(open.mark)) {
      openAtEnd = { offset: open.offset, mark: open.mark };
      continue;
    }
    if (!SINGLE_MARKS.has(open.mark)) unclosed.push({ offset: open.offset, mark: open.mark });
  }
  if (openAtEnd) {
    const opened = stack.find((o) => o.offset === openAtEnd.offset)!;
    passages.push({
      start: openAtEnd.offset,
      end: text.trimEnd().length,
      open: openAtEnd.mark,
      close: "",
      continuesNext: true,
      continuesPrevious: opened.continuesPrevious,
      nested: false,
    });
  }
  passages.sort((a, b) => a.start - b.start || b.end - a.end);
  const marked = passages.map((p, i) => ({
    ...p,
    nested: passages.some(
      (q, j) =>
        j !== i && q.start <= p.start && p.end <= q.end && (q.start < p.start || q.end > p.end),
    ),
  }));
  passages.length = 0;
  passages.push(...marked);
  return openAtEnd ? { passages, unclosed, openAtEnd } : { passages, unclosed };
}

function sameKind(a: string, b: string): boolean {
  return (
    a === b ||
    (QUOTE_PAIRS[a] !== undefined &&
      QUOTE_PAIRS[b] !== undefined &&
      !SINGLE_MARKS.has(a) &&
      !SINGLE_MARKS.has(b))
  );
}
