import type { Article } from "../model/article.js";
import type { Block, ListItem } from "../model/block.js";
import type { Inline, InlineElement } from "../model/inline.js";
import type { IssuePath } from "./issue.js";

type Walked = Block | ListItem | InlineElement;

/**
 * Calls `visit` for every inline node object (mention, quote span, link, …)
 * in the lead image's caption and the body, captions of figures included,
 * in document order, with its path. Iterative, so deep input cannot
 * overflow the stack.
 */
export function walkInline(
  article: Article,
  visit: (node: InlineElement, path: IssuePath) => void,
): void {
  const stack: [Walked, IssuePath][] = [];
  const pushAll = (nodes: readonly (Block | ListItem | Inline)[], path: IssuePath) => {
    // Text (a plain string) holds no references: no stack entry, no path.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (typeof node !== "string") stack.push([node, [...path, i]]);
    }
  };
  pushAll(article.body, ["body"]);
  if (article.image?.caption) pushAll(article.image.caption, ["image", "caption"]);
  // The caption comes first in document order, and the stack pops last-pushed first.
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    switch (node.type) {
      case "figure":
        if (node.image.caption) pushAll(node.image.caption, [...path, "image", "caption"]);
        break;
      case "rule":
        break;
      case "paragraph":
      case "heading":
      case "blockquote":
      case "list":
      case "listItem":
        pushAll(node.children, [...path, "children"]);
        break;
      case "mention":
      case "break":
        visit(node, path);
        break;
      default:
        visit(node, path);
        pushAll(node.children, [...path, "children"]);
    }
  }
}
