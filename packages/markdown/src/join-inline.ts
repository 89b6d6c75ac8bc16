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

/** The length of the opening `*` or `_` run `text` starts with (text never starts with an unescaped one). */
function leadingRun(text: string): number {
  const marker = text.charCodeAt(0);
  if (marker !== 42 && marker !== 95) return 0;
  let n = 1;
  while (text.charCodeAt(n) === marker) n++;
  return n;
}

/** The length of the closing `*` or `_` run at the end of `text`; escaped ones excluded. */
function trailingRun(text: string): number {
  const marker = text.charCodeAt(text.length - 1);
  if (marker !== 42 && marker !== 95) return 0;
  let start = text.length - 1;
  while (start > 0 && text.charCodeAt(start - 1) === marker) start--;
  const length = text.length - start;
  // An odd run of backslashes escapes the first marker: it is text.
  return backslashesBefore(text, start) % 2 === 1 ? length - 1 : length;
}

// Text keeps `_` unescaped between two ASCII letters or digits
// (`snake_case`), as it cannot open or close emphasis there. Encoding one
// of those neighbours as a character reference (punctuation to the parser)
// would free it, so that `_` is escaped too. (A raw `_` next to anything
// else is a delimiter, and stays.)
const WORD = /^[A-Za-z0-9]$/;
function encodeLast(text: string): string {
  const last = text.length - 1;
  const start =
    last > 0 && /[\udc00-\udfff]/.test(text[last]!) && /[\ud800-\udbff]/.test(text[last - 1]!)
      ? last - 1
      : last;
  let head = text.slice(0, start);
  const freesUnderscore = WORD.test(text[start]!) && head.endsWith("_");
  if (freesUnderscore && backslashesBefore(head, head.length - 1) % 2 === 0) {
    head = `${head.slice(0, -1)}\\_`;
  }
  return head + charRef(text, start);
}

function encodeFirst(text: string): string {
  const rest = text.slice(codePointLength(text, 0));
  return charRef(text, 0) + (WORD.test(text[0]!) && rest.startsWith("_") ? `\\${rest}` : rest);
}

/**
 * Joins rendered inline parts, fixing what two parts can do to each other:
 * a `!` before a link would make it an image; an emphasis delimiter with a
 * letter on its outer side may fail to open or close, or be read as both
 * (and then CommonMark's "rule of 3" can refuse the match), so that letter
 * is written as a character reference — punctuation to the parser, the
 * same letter to readers; two emphasis runs that touch are merged, as
 * `*a**b*` would not parse.
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
    const opening = leadingRun(part);
    const closing = trailingRun(out);
    if (closing > 0 && opening > 0) {
      if (closing === opening && first === last) {
        out = out.slice(0, -closing);
        part = part.slice(opening);
      }
    } else if (opening > 0) {
      if (isOther(out[out.length - 1])) out = encodeLast(out);
    } else if (closing > 0 && isOther(part[0])) {
      part = encodeFirst(part);
    }
    // After any merge: "!" right before a link would make it an image.
    if (part.charCodeAt(0) === 91 /* [ */ && out.charCodeAt(out.length - 1) === 33 /* ! */) {
      if (backslashesBefore(out, out.length - 1) % 2 === 0) out = `${out.slice(0, -1)}\\!`;
    }
    out += part;
  }
  return trusted(out);
}

/**
 * Wraps inline Markdown in emphasis (`strong` false: `*`/`_`) or strong
 * (`**`/`__`) so that it parses as such whatever it starts or ends with:
 * edge whitespace becomes a character reference (a delimiter next to a
 * space cannot open or close), trailing hard breaks move outside, and the
 * marker character (`char`, else chosen to differ from a `*`/`_` run at the
 * content's edges) keeps nested runs from fusing into one.
 *
 * @example
 * ```ts
 * delimit(escapeMarkdown(" quietly"), false); // "*&#x20;quietly*"
 * ```
 */
export function delimit(inner: Markdown, strong: boolean, char?: "*" | "_"): Markdown {
  if (inner === "") return inner;
  let text: string = inner;
  let after = "";
  while (text.endsWith("\n") && backslashesBefore(text, text.length - 1) % 2 === 1) {
    text = text.slice(0, -2);
    after += "\\\n";
    if (text === "") return trusted(after);
  }
  if (WHITESPACE.test(text[0]!)) text = encodeFirst(text);
  if (WHITESPACE.test(text[text.length - 1]!)) text = encodeLast(text);
  const edges = text[0]! + text[text.length - 1]!;
  const c = char ?? (edges.includes("*") && !edges.includes("_") ? "_" : "*");
  const marker = strong ? c + c : c;
  return trusted(marker + text + marker + after);
}

/** What a `*` or `_` run at the end of rendered inline Markdown is made of, if any. */
export function closingMarker(markdown: string): string | undefined {
  return trailingRun(markdown) > 0 ? markdown[markdown.length - 1] : undefined;
}
