import type { Inline } from "@newsdoc/core/kit";
import { closingMarker, joinInline } from "../join-inline.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { BOUNDARY } from "./syntax.js";

function kind(node: Inline): string {
  return typeof node === "string" ? "text" : node.type;
}

// Neighbours CommonMark would read as one node.
const MERGING = new Set(["text", "emphasis", "strong"]);

// A raw line ending (not a hard break) at the end of the Markdown so far:
// the boundary comment after it would start an HTML block.
function encodeTrailingNewline(markdown: string): string {
  if (!markdown.endsWith("\n")) return markdown;
  let slashes = 0;
  for (let i = markdown.length - 2; i >= 0 && markdown[i] === "\\"; i--) slashes++;
  return slashes % 2 === 0 ? `${markdown.slice(0, -1)}&#10;` : markdown;
}

/**
 * Renders inline nodes like the CommonMark renderer's `phrasing`, and puts
 * a {@link BOUNDARY} between two neighbours that would otherwise read back
 * as one node (`"a", "b"` → `a<!---->b`), so the reading keeps them apart.
 */
export function phrasingNewsdoc(nodes: readonly Inline[], ctx: MarkdownContext): Markdown {
  const inherited = ctx.state.markerBefore;
  const parts: Markdown[] = [];
  let before = inherited;
  let previous: string | undefined;
  for (const node of nodes) {
    const type = kind(node);
    ctx.state.markerBefore = before;
    const part = ctx.render(node);
    if (part === "") continue;
    if (previous !== undefined && previous === type && MERGING.has(type)) {
      const last = parts.length - 1;
      parts[last] = trusted(encodeTrailingNewline(parts[last]!));
      parts.push(trusted(BOUNDARY));
    }
    // `{` right after a directive's `]` would be read as its attributes.
    const last = parts[parts.length - 1];
    parts.push(last?.endsWith("]") && part.startsWith("{") ? trusted(`\\${part}`) : part);
    previous = type;
    before = closingMarker(part);
  }
  ctx.state.markerBefore = inherited;
  return joinInline(parts);
}

const HARD_BREAK = /(\\+)\n/g;

/**
 * Hard breaks (`\` + line ending) that CommonMark cannot keep: every one in
 * a heading (`all`), else only one that ends the block. They become `:br[]`.
 */
export function keepBreaks(markdown: Markdown, all: boolean): Markdown {
  if (all) {
    return trusted(
      markdown.replace(HARD_BREAK, (match, slashes: string, offset: number, whole: string) =>
        slashes.length % 2 === 1
          ? // `{` after `:br[]` would be read as its attributes: escaped.
            `${slashes.slice(1)}:br[]${whole[offset + match.length] === "{" ? "\\" : ""}`
          : match,
      ),
    );
  }
  let out: string = markdown;
  let tail = "";
  while (true) {
    const match = /(\\+)\n$/.exec(out);
    if (!match || match[1]!.length % 2 === 0) break;
    out = out.slice(0, -match[0].length) + match[1]!.slice(1);
    tail = `:br[]${tail}`;
  }
  return trusted(out + tail);
}
