import type { Article } from "./article.js";
import type { Node, NodeType } from "./node.js";

/**
 * The type of a node: `"text"` for a string, `"article"` for an article,
 * the `type` field otherwise.
 *
 * @example
 * ```ts
 * nodeTypeOf("Moscow"); // "text"
 * nodeTypeOf({ type: "rule" }); // "rule"
 * ```
 */
export function nodeTypeOf(node: Article | Node): NodeType {
  if (typeof node === "string") return "text";
  return "type" in node ? node.type : "article";
}
