import type { Article } from "../model/article.js";
import type { Block, ListItem } from "../model/block.js";
import type { Inline, InlineElement } from "../model/inline.js";
import type { IssuePath } from "./issue.js";

type Walked = Block | ListItem | Inline;

/** Where a node sits, as a chain up to the root: built per node, read only for an issue. */
interface Trail {
  readonly up: Trail | undefined;
  readonly key: string | number;
}

function pathOf(trail: Trail | undefined, ...tail: (string | number)[]): IssuePath {
  const path: (string | number)[] = [];
  for (let t = trail; t !== undefined; t = t.up) path.push(t.key);
  return path.reverse().concat(tail);
}

/**
 * Calls `visit` for every inline node object (mention, quote span, link, …)
 * in the lead image's caption and the body, captions of figures included,
 * in document order. `path(...tail)` gives the node's path (plus `tail`);
 * it is built only when asked for, as most nodes never need one.
 * Iterative, so deep input cannot overflow the stack.
 */
export function walkInline(
  article: Article,
  visit: (node: InlineElement, path: (...tail: (string | number)[]) => IssuePath) => void,
): void {
  const stack: [Walked, Trail][] = [];
  const pushAll = (nodes: readonly Walked[], at: Trail) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, { up: at, key: i }]);
  };
  const field = (up: Trail | undefined, ...keys: string[]): Trail => {
    let t = up;
    for (const key of keys) t = { up: t, key };
    return t!;
  };
  pushAll(article.body, field(undefined, "body"));
  // The caption comes first in document order, and the stack pops last-pushed first.
  if (article.image?.caption) pushAll(article.image.caption, field(undefined, "image", "caption"));
  while (stack.length > 0) {
    const [node, trail] = stack.pop()!;
    if (typeof node === "string") continue;
    switch (node.type) {
      case "figure":
        if (node.image.caption) pushAll(node.image.caption, field(trail, "image", "caption"));
        break;
      case "rule":
        break;
      case "paragraph":
      case "heading":
      case "blockquote":
      case "list":
      case "listItem":
        pushAll(node.children, field(trail, "children"));
        break;
      case "mention":
      case "break":
        visit(node, (...tail) => pathOf(trail, ...tail));
        break;
      default:
        visit(node, (...tail) => pathOf(trail, ...tail));
        pushAll(node.children, field(trail, "children"));
    }
  }
}
