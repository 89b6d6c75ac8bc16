import { safeUrl } from "@newsdoc/core/kit";
import { joinBlocks, prefixLines } from "./blocks.js";
import { destination, type EscapePosition, escapeMarkdown, title } from "./escape.js";
import { finishLines, type LineMode } from "./finish-lines.js";
import { delimit, joinInline } from "./join-inline.js";
import { type Markdown, trusted } from "./markdown.js";

/**
 * The sanctioned ways for a handler to turn text into Markdown, given to
 * every handler as `ctx.helpers`. Model text becomes Markdown only through
 * `escape` (or `link`, which escapes its URL and title); `trusted` is the
 * explicit, greppable way out for syntax you wrote yourself.
 */
export interface MarkdownHelpers {
  /**
   * Escapes text for a position (default `inline`) so that it reads back
   * as the same text and no markup. For a whole paragraph or heading, pass
   * the result through `finishLines`.
   */
  escape(text: string, position?: EscapePosition): Markdown;
  /**
   * Finishes a block's inline Markdown: escapes line starts (`#`, `>`,
   * list markers, indentation), encodes edge spaces and blank lines, and
   * keeps headings on one line.
   */
  finishLines(content: Markdown, mode: LineMode): Markdown;
  /**
   * Template tag that joins Markdown. Every interpolation must be
   * `Markdown` (from `escape`, `ctx.children`, …) or a number: a plain
   * string is a type error, because at run time a branded string cannot be
   * told from model text.
   */
  md(strings: TemplateStringsArray, ...values: readonly (Markdown | number)[]): Markdown;
  /**
   * `[children](url "title")`, with the URL and title escaped. A URL that
   * `safeUrl` refuses (`javascript:`, `data:`, …; only unvalidated input
   * can hold one) is not written: the link degrades to its words.
   */
  link(children: Markdown, url: string, title?: string): Markdown;
  /** Emphasis (`*`) or strong (`**`) around inline Markdown, whatever its edges. */
  emphasis(children: Markdown, marker?: "*" | "**"): Markdown;
  /** Joins inline parts, fixing what adjacent parts do to each other (`!` + link, touching delimiters). */
  joinInline(parts: readonly Markdown[]): Markdown;
  /**
   * Prefixes every line of finished block Markdown: `first` on the first
   * line, `rest` (default `first`) on the others, `blank` (default `rest`
   * without trailing spaces) on empty lines — what puts blocks behind `> `
   * or under a list marker. With `ctx.flow(node)` it is how an override of
   * a container keeps its blocks apart:
   * `indentLines(ctx.flow(node), "> ")`.
   */
  indentLines(block: Markdown, first: string, rest?: string, blank?: string): Markdown;
  /** Joins finished blocks with a blank line, skipping empty ones. */
  joinBlocks(blocks: readonly Markdown[]): Markdown;
  /** Marks a string as Markdown without escaping it. **Unsafe by design**: only for syntax you wrote. */
  trusted(markdown: string): Markdown;
}

function md(strings: TemplateStringsArray, ...values: readonly (Markdown | number)[]): Markdown {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += String(values[i]) + strings[i + 1]!;
  return trusted(out);
}

function link(children: Markdown, url: string, linkTitle?: string): Markdown {
  const safe = safeUrl(url);
  if (safe === undefined) return children;
  const dest = destination(safe);
  return trusted(
    linkTitle === undefined
      ? `[${children}](${dest})`
      : `[${children}](${dest} ${title(linkTitle)})`,
  );
}

/** The helpers of the built-in Markdown renderer. */
export const markdownHelpers: MarkdownHelpers = Object.freeze({
  escape: escapeMarkdown,
  finishLines,
  md,
  link,
  emphasis: (children: Markdown, marker: "*" | "**" = "*") => delimit(children, marker === "**"),
  joinInline,
  indentLines: (block: Markdown, first: string, rest: string = first, blank?: string) =>
    prefixLines(block, first, rest, blank ?? rest.trimEnd()),
  joinBlocks,
  trusted,
});
