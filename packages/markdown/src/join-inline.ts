import { charRef, codePointLength } from "./char-ref.js";
import { type Markdown, trusted } from "./markdown.js";

// How micromark classifies the characters around a `*` run (per UTF-16
// unit, as micromark reads them): whitespace, punctuation, or other.
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** True for a character that is neither whitespace nor punctuation (a letter, a digit, a mark). */
function isOther(char: string | undefined): boolean {
  return char !== undefined && !WHITESPACE.test(char) && !PUNCTUATION.test(char);
}

function backslashesBefore(text: string, end: number): number {
  let count = 0;
  for (let i = end - 1; i >= 0 && text.charCodeAt(i) === 92; i--) count++;
  return count;
}

function leadingStars(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 42) n++;
  return n;
}

/** The closing `*` run at the end of `text`, with the character before it; escaped stars excluded. */
function trailingStars(text: string): { length: number; before: string | undefined } | undefined {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) === 42) start--;
  let length = text.length - start;
  if (length === 0) return undefined;
  if (backslashesBefore(text, start) % 2 === 1) {
    // The first star is escaped text: it is punctuation before the run.
    length--;
    return length === 0 ? undefined : { length, before: "*" };
  }
  return { length, before: start > 0 ? text[start - 1] : undefined };
}

function encodeLast(text: string): string {
  const last = text.length - 1;
  const start =
    last > 0 && /[\udc00-\udfff]/.test(text[last]!) && /[\ud800-\udbff]/.test(text[last - 1]!)
      ? last - 1
      : last;
  return text.slice(0, start) + charRef(text, start);
}

function encodeFirst(text: string): string {
  return charRef(text, 0) + text.slice(codePointLength(text, 0));
}

/**
 * Joins rendered inline parts, fixing what two parts can do to each other:
 * a `!` before a link would make it an image; an emphasis delimiter next to
 * a letter cannot open or close when the emphasised text starts or ends
 * with punctuation (the letter is written as a character reference, which
 * reads as punctuation to the parser and as the same letter to readers);
 * two emphasis runs that touch are merged, as `*a**b*` would not parse.
 *
 * @example
 * ```ts
 * joinInline([trusted("Wow!"), trusted("[link](https://example.org)")]); // "Wow\\![link](…)"
 * ```
 */
export function joinInline(parts: readonly Markdown[]): Markdown {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    let part: string = parts[i]!;
    if (part === "") continue;
    if (out === "") {
      out = part;
      continue;
    }
    const first = part.charCodeAt(0);
    const last = out.charCodeAt(out.length - 1);
    if (first === 91 /* [ */ && last === 33 /* ! */) {
      if (backslashesBefore(out, out.length - 1) % 2 === 0) out = `${out.slice(0, -1)}\\!`;
    } else if (first === 42 /* * */ || last === 42) {
      const opening = leadingStars(part);
      const closing = trailingStars(out);
      if (closing && opening > 0) {
        if (closing.length === opening) {
          out = out.slice(0, -closing.length);
          part = part.slice(opening);
        }
      } else if (opening > 0) {
        const inner = part[opening];
        if (!isOther(inner) && isOther(out[out.length - 1])) out = encodeLast(out);
      } else if (closing && !isOther(closing.before) && isOther(part[0])) {
        part = encodeFirst(part);
      }
    }
    out += part;
  }
  return trusted(out);
}

/**
 * Wraps inline Markdown in an emphasis delimiter (`*` or `**`) so that it
 * parses as emphasis whatever it starts or ends with: edge whitespace
 * becomes a character reference (a delimiter next to a space cannot open
 * or close), and a hard break at the end moves outside.
 *
 * @example
 * ```ts
 * delimit(escape(" quietly"), "*"); // "*&#x20;quietly*"
 * ```
 */
export function delimit(inner: Markdown, marker: "*" | "**"): Markdown {
  if (inner === "") return inner;
  let text: string = inner;
  let after = "";
  if (text.endsWith("\n") && backslashesBefore(text, text.length - 1) % 2 === 1) {
    text = text.slice(0, -2);
    after = "\\\n";
    if (text === "") return trusted(after);
  }
  if (WHITESPACE.test(text[0]!)) text = encodeFirst(text);
  if (WHITESPACE.test(text[text.length - 1]!)) text = encodeLast(text);
  return trusted(marker + text + marker + after);
}
