import type { Node } from "@newsdoc/core/kit";
import type { NodeParent } from "./context.js";

const NONE: readonly Node[] = Object.freeze([]);

/**
 * The nodes a node holds, which the walker renders into its `children`
 * prop: the body of the article, the caption of a figure, the `children`
 * of the rest; `undefined` for leaves (text, mention, break, rule).
 */
export function childrenOf(node: NodeParent): readonly Node[] | undefined {
  if ("newsdoc" in node) return node.body;
  if (node.type === "figure") return node.image.caption ?? NONE;
  return "children" in node ? node.children : undefined;
}
