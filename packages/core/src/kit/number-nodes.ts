import type { Article } from "../model/article.js";
import type { NodeType, NodeTypes } from "../model/node.js";
import { walkNodes } from "../model/walk-nodes.js";

/** Where {@link numberNodes} found a node: its number and how many nodes of its type enclose it. */
export interface NodeNumber {
  /** 1 for the first node of the type in document order, 2 for the next, … */
  readonly number: number;
  /** How many nodes of the same type enclose it (0 at the top). */
  readonly depth: number;
}

/** The numbers of one node type's nodes, from {@link numberNodes}. */
export interface NodeNumbering<N> {
  /** The node's number and depth; a node that is not in the article (an override's own) gets the next number, at depth 0. */
  of(node: N): NodeNumber;
}

/**
 * Numbers the nodes of one type in document order, from 1, with how many
 * of the same type enclose each: what a renderer needs for ids that stay
 * the same however the nodes are rendered (`nd-aside-<article id>-2` is
 * the article's second aside, in the HTML and in React alike) and for
 * ranks that follow nesting. A node object met twice keeps its first
 * number.
 *
 * @example
 * ```ts
 * const asides = numberNodes(article, "aside");
 * asides.of(article.body[4] as Aside); // { number: 1, depth: 0 }
 * ```
 */
export function numberNodes<K extends Exclude<NodeType, "text" | "article">>(
  article: Article,
  type: K,
): NodeNumbering<NodeTypes[K]> {
  const numbers = new Map<NodeTypes[K], NodeNumber>();
  let depth = 0;
  walkNodes(
    article,
    (node, at) => {
      if (at !== type) return;
      if (!numbers.has(node as NodeTypes[K]))
        numbers.set(node as NodeTypes[K], { number: numbers.size + 1, depth });
      depth++;
    },
    (_node, at) => {
      if (at === type) depth--;
    },
  );
  return {
    of(node) {
      let found = numbers.get(node);
      if (found === undefined) {
        found = { number: numbers.size + 1, depth: 0 };
        numbers.set(node, found);
      }
      return found;
    },
  };
}

/**
 * An article id as characters an HTML id and a CSS selector take without
 * escaping (anything else becomes `_`; an empty id, `article`): the
 * middle of the ids renderers write (`nd-aside-<token>-1`), so that two
 * articles on one page never share one.
 *
 * @example
 * ```ts
 * idToken("russia/syria 2015"); // "russia_syria_2015"
 * ```
 */
export function idToken(id: string): string {
  return typeof id === "string" && id !== "" ? id.replace(/[^A-Za-z0-9_-]/g, "_") : "article";
}
