import { charRef } from "./char-ref.js";
import { type Markdown, trusted } from "./markdown.js";

/**
 * Where an escaped string goes:
 * - `inline`: running text of a paragraph, heading, list item or caption
 *   (line starts and line ends are the block's business: see `finishLines`);
 * - `linkText`: the text between `[` and `]` of a link or image;
 * - `destination`: a link or image URL inside `<…>` or bare;
 * - `title`: a link or image title inside `"…"`.
 */
export type EscapePosition = "inline" | "linkText" | "destination" | "title";

/** One row of the unsafe table: a character, where it is unsafe, and when. */
interface UnsafeRule {
  readonly character: string;
  readonly in: readonly EscapePosition[];
  /** Regex source the preceding text must match (lookbehind) for the rule to apply. */
  readonly before?: string;
  /** Regex source the following text must match (lookahead) for the rule to apply. */
  readonly after?: string;
}

const TEXT: readonly EscapePosition[] = ["inline", "linkText"];
const ALL: readonly EscapePosition[] = ["inline", "linkText", "destination", "title"];

/**
 * The unsafe table, after mdast-util-to-markdown's `unsafe.js`: which
 * character is unsafe in which construct. Line-start rules (`#`, `>`, list
 * markers, indentation) live in `finish-lines.ts`, because whether text is
 * at a line start is known only once the block is assembled.
 */
export const UNSAFE: readonly UnsafeRule[] = [
  // starts an escape or a hard break
  { character: "\\", in: ALL },
  // emphasis, strong, thematic breaks, list items
  { character: "*", in: TEXT },
  {
    character: "_",
    in: TEXT,
    before: "[^A-Za-z0-9]|^",
    // emphasis, unless inside a word (which cannot open or close it)
  },
  // emphasis, unless inside a word
  { character: "_", in: TEXT, after: "[^A-Za-z0-9]|$" },
  // code spans and fences
  { character: "`", in: TEXT },
  // GFM strikethrough and tilde fences
  { character: "~", in: TEXT },
  // GFM table cells and delimiter rows
  { character: "|", in: TEXT },
  // links, images, references, footnotes
  { character: "[", in: TEXT },
  // ends the link text
  { character: "]", in: ["linkText"] },
  {
    character: "<",
    in: TEXT,
    // HTML, URL autolinks and email autolinks (`<0@x.example>`: almost any character may follow)
  },
  // cannot appear in a <…> destination
  { character: "<", in: ["destination"] },
  // ends a <…> destination
  { character: ">", in: ["destination"] },
  {
    character: "&",
    in: ALL,
    after: "#|[A-Za-z0-9]*(?:;|$)",
    // character references such as &amp; and &#38;
  },
  // ends a double-quoted title
  { character: '"', in: ["title"] },
  // no line endings in a destination
  { character: "\n", in: ["destination", "title"] },
  // a line ending Markdown would normalise
  { character: "\r", in: ALL },
];

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * A position's patterns: `all` finds every character to escape (the rules'
 * alternatives, with their look-arounds); `any` is the quick test that
 * runs first, whether the text holds any rule's character at all. One
 * character-class scan is much cheaper than `all`, tried at every
 * character, and most text has none of them.
 */
interface PositionPatterns {
  readonly any: RegExp;
  readonly all: RegExp;
}

function compile(position: EscapePosition): PositionPatterns {
  const alternatives: string[] = [];
  const chars = new Set<string>();
  for (const rule of UNSAFE) {
    if (!rule.in.includes(position)) continue;
    chars.add(rule.character);
    const char =
      rule.character === "\n"
        ? "\\n"
        : rule.character === "\r"
          ? "\\r"
          : rule.character.replace(REGEX_SPECIAL, "\\$&");
    const before = rule.before ? `(?<=${rule.before})` : "";
    const after = rule.after ? `(?=${rule.after})` : "";
    alternatives.push(before + char + after);
  }
  const set = [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  return { any: new RegExp(`[${set}]`), all: new RegExp(alternatives.join("|"), "g") };
}

const PATTERNS: Readonly<Record<EscapePosition, PositionPatterns>> = {
  inline: compile("inline"),
  linkText: compile("linkText"),
  destination: compile("destination"),
  title: compile("title"),
};

function replace(char: string): string {
  return ASCII_PUNCTUATION.test(char) ? `\\${char}` : charRef(char);
}

/**
 * Escapes text for a Markdown position so that a CommonMark parser reads
 * back exactly this text and no markup. Strings that need nothing are
 * returned as they are (one precompiled regex test).
 *
 * @example
 * ```ts
 * escapeMarkdown("5 * 3 [sic]"); // "5 \\* 3 \\[sic]"
 * escapeMarkdown("Fish & chips"); // unchanged
 * ```
 */
export function escapeMarkdown(text: string, position: EscapePosition = "inline"): Markdown {
  const { any, all: pattern } = PATTERNS[position];
  if (!any.test(text)) return text as Markdown;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text as Markdown;
  pattern.lastIndex = 0;
  return trusted(text.replace(pattern, replace));
}

const BARE_UNSAFE = /[\s()<>\x00-\x1f\x7f]/;

/**
 * A link destination that parses back to `url`: bare when it can be,
 * `<…>` when it holds spaces, parentheses or angle brackets.
 *
 * @example
 * ```ts
 * destination("https://example.org/a b"); // "<https://example.org/a b>"
 * ```
 */
export function destination(url: string): Markdown {
  const escaped = escapeMarkdown(url, "destination");
  return trusted(url === "" || BARE_UNSAFE.test(url) ? `<${escaped}>` : escaped);
}

/**
 * A double-quoted link title that parses back to `title`.
 *
 * @example
 * ```ts
 * title('Say "hi"'); // "\"Say \\\"hi\\\"\""
 * ```
 */
export function title(text: string): Markdown {
  return trusted(`"${escapeMarkdown(text, "title")}"`);
}
