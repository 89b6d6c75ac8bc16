import { type Container, type List, type ListItem, NewsdocRenderError } from "@newsdoc/core/kit";
import { prefixLines } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * A list: `- ` items, or `1. ` items counting from `start`. A list right
 * after another of the same kind takes the other marker (`*`, `)`), or
 * Markdown would merge the two. The items are laid out by the items
 * container (`ctx.children(list)`).
 */
export function list(node: List, ctx: MarkdownContext): Markdown {
  const previous = ctx.state.listMarker;
  if (node.ordered) {
    const start = node.start ?? 1;
    if (!Number.isInteger(start) || start < 0 || start + node.children.length - 1 > 999_999_999) {
      throw new NewsdocRenderError(
        "invalid_node",
        `A list starts at ${start}: Markdown numbers ordered lists from 0 to 999999999. Use a whole number in that range.`,
      );
    }
    ctx.state.listMarker = previous === "." ? ")" : ".";
  } else {
    ctx.state.listMarker = previous === "-" ? "*" : "-";
  }
  return ctx.children(node);
}

/**
 * The items container: each item's content under its marker (`- `,
 * `3. `), continuation lines indented to the content, one item a line.
 * The marker is the one the list handler chose (`ctx.state.listMarker`).
 */
export const itemsContainer: Container<Markdown, MarkdownContext, ListItem> = (
  items,
  each,
  ctx,
  parent,
) => {
  const list = parent as List | undefined;
  const ordered = list?.ordered === true;
  const delimiter = ctx.state.listMarker ?? (ordered ? "." : "-");
  const start = ordered ? (list?.start ?? 1) : 0;
  let out = "";
  for (let i = 0; i < items.length; i++) {
    const marker = ordered ? `${start + i}${delimiter}` : delimiter;
    const content = each(i);
    const item =
      content === ""
        ? trusted(marker)
        : prefixLines(content, `${marker} `, " ".repeat(marker.length + 1), "");
    out += (i > 0 ? "\n" : "") + item;
  }
  return trusted(out);
};

/** A list item's content (its marker is the list's business). */
export function listItem(node: ListItem, ctx: MarkdownContext): Markdown {
  return ctx.helpers.finishLines(ctx.phrasing(node), "paragraph");
}
