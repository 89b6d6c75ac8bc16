import { type List, type ListItem, NewsdocRenderError } from "@newsdoc/core/kit";
import { prefixLines } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { phrasing } from "../phrasing.js";

/**
 * A list: `- ` items, or `1. ` items counting from `start`. A list right
 * after another of the same kind takes the other marker (`*`, `)`), or
 * Markdown would merge the two.
 */
export function list(node: List, ctx: MarkdownContext): Markdown {
  const previous = ctx.state.listMarker;
  let out = "";
  if (node.ordered) {
    const start = node.start ?? 1;
    if (!Number.isInteger(start) || start < 0 || start + node.children.length - 1 > 999_999_999) {
      throw new NewsdocRenderError(
        "invalid_node",
        `A list starts at ${start}: Markdown numbers ordered lists from 0 to 999999999. Use a whole number in that range.`,
      );
    }
    const delimiter = previous === "." ? ")" : ".";
    ctx.state.listMarker = delimiter;
    node.children.forEach((item, i) => {
      const marker = `${start + i}${delimiter}`;
      out += (i > 0 ? "\n" : "") + item_(item, marker, ctx);
    });
  } else {
    const marker = previous === "-" ? "*" : "-";
    ctx.state.listMarker = marker;
    node.children.forEach((item, i) => {
      out += (i > 0 ? "\n" : "") + item_(item, marker, ctx);
    });
  }
  return trusted(out);
}

function item_(item: ListItem, marker: string, ctx: MarkdownContext): Markdown {
  const content = ctx.render(item);
  if (content === "") return trusted(marker);
  return prefixLines(content, `${marker} `, " ".repeat(marker.length + 1), "");
}

/** A list item's content (its marker is the list's business). */
export function listItem(node: ListItem, ctx: MarkdownContext): Markdown {
  return ctx.helpers.finishLines(phrasing(node.children, ctx), "paragraph");
}
