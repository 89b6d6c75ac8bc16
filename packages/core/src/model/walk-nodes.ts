import { NewsdocRenderError } from "../kit/render-error.js";
import type { Article } from "./article.js";
import { customHint, describeNode } from "./describe-node.js";
import { elementSpec } from "./element-spec.js";
import type { Node, NodeType } from "./node.js";
import { NODE_TABLE, type NodeSpec } from "./node-table.js";

/** Called for a node the walk enters or leaves, with its type. */
export type WalkCallback = (node: Article | Node, type: NodeType) => void;

const ARTICLE = NODE_TABLE.article as NodeSpec<unknown>;
const TEXT = NODE_TABLE.text as NodeSpec<unknown>;

/** What a stacked entry is waiting for. */
const ENTER = 0;
const ENTER_TOP = 1;
const LEAVE = 2;

/**
 * The node-table spec of `node` (a built-in or a defined custom node); an
 * article only at the top. Anything else is a `NewsdocRenderError`
 * (`unknown_node`). The one look-up of every walk (`visit` too).
 */
export function nodeSpecOf(node: unknown, top: boolean): NodeSpec<unknown> {
  if (typeof node === "string") return TEXT;
  if (node !== null && typeof node === "object") {
    const type = (node as { type?: unknown }).type;
    if (typeof type === "string") {
      const spec = elementSpec(type);
      if (spec !== undefined) return spec;
    } else if (top && type === undefined && !Array.isArray(node) && "body" in node) {
      return ARTICLE;
    }
  }
  throw new NewsdocRenderError(
    "unknown_node",
    `The walk met ${describeNode(node)}: it is not a newsdoc node. Validate the article with parseArticle() first${customHint(node)}.`,
  );
}

const typeName = (node: Article | Node): NodeType =>
  typeof node === "string" ? "text" : "type" in node ? node.type : "article";

/**
 * The walk of `visit` without positions: every node under `root` (the
 * article, a node or a list of nodes; the root included) in document
 * order through the node table, captions first, `enter` before a node's
 * children and `leave` after them. Iterative, so deep input cannot
 * overflow the stack. Internal to the kit (the render index, heading
 * anchors, node numbers): with no path bookkeeping it is a fraction of
 * `visit`'s size, so a renderer bundle does not carry `visit`. A value
 * that is not a node is a `NewsdocRenderError` (`unknown_node`), as in
 * `visit`.
 */
export function walkNodes(
  root: Article | Node | readonly Node[],
  enter: WalkCallback,
  leave?: WalkCallback,
): void {
  // Entries still to do, last first: a node to enter, or one whose children are done.
  const nodes: unknown[] = [];
  const steps: number[] = [];
  const top = Array.isArray(root) ? (root as readonly unknown[]) : [root];
  for (let i = top.length - 1; i >= 0; i--) {
    nodes.push(top[i]);
    steps.push(ENTER_TOP);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as Article | Node;
    const step = steps.pop();
    if (step === LEAVE) {
      // Checked when it was entered.
      leave!(node, typeName(node));
      continue;
    }
    const spec = nodeSpecOf(node, step === ENTER_TOP);
    enter(node, typeName(node));
    if (leave !== undefined) {
      nodes.push(node);
      steps.push(LEAVE);
    }
    const slots = spec.slots;
    for (let s = slots.length - 1; s >= 0; s--) {
      const list = slots[s]!.get(node as never) as readonly unknown[] | undefined;
      if (list === undefined) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        nodes.push(list[i]);
        steps.push(ENTER);
      }
    }
  }
}
