import type { Article } from "./article.js";
import { customHint, describeNode } from "./describe-node.js";
import { mainSlot } from "./element-spec.js";
import type { Node, NodeType, NodeTypes } from "./node.js";
import type { AnyChildSlot, NODE_TABLE, NodeSpec } from "./node-table.js";
import { nodeTypeOf } from "./node-type-of.js";
import { nodeSpecOf } from "./walk-nodes.js";

// Their own modules, so that a renderer's messages do not bundle the walker; still importable from here.
export { customHint, describeNode, nodeTypeOf };

/** Anything {@link visit} walks: the article or a node. */
export type Visitable = Article | Node;

/** A node that has child slots: the article or an element node. */
export type ParentNode = Exclude<Visitable, string>;

/** Return from a visitor to skip the node's children. */
export const SKIP = "skip";
/** Return from a visitor to stop the walk. */
export const EXIT = "exit";

/** What a visitor may return: nothing (go on), {@link SKIP} or {@link EXIT}. */
// biome-ignore lint/suspicious/noConfusingVoidType: a visitor that returns nothing must type-check.
export type VisitResult = void | typeof SKIP | typeof EXIT;

/**
 * Where the walk is. One object per walk, updated in place: read it inside
 * the visitor, do not keep it.
 */
export interface VisitPosition {
  /** The node's type (`"text"` for a string, `"article"` for the root). */
  readonly type: NodeType;
  /** The node that holds this one; `undefined` at the top. */
  readonly parent: ParentNode | undefined;
  /** The slot of the parent that holds the node (`children`, `body`, `caption`); `undefined` at the top. */
  readonly slot: AnyChildSlot<never> | undefined;
  /** The node's position in that slot (or in the list given to `visit`); -1 for a single root. */
  readonly index: number;
  /** How many slots down from the root: 0 at the top. */
  readonly depth: number;
  /** The JSON path from the root to the node (`["body", 3, "children", 0]`). Built on call. */
  path(): (string | number)[];
}

/** Called for each node; return {@link SKIP} or {@link EXIT} to steer. */
export type Visitor = (node: Visitable, at: VisitPosition) => VisitResult;

/** Called before (`enter`) and after (`leave`) a node's children. */
export interface VisitorPair {
  enter?: Visitor;
  leave?: (node: Visitable, at: VisitPosition) => void;
}

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);
/**
 * The nodes in a node's main slot: a paragraph's or a list's `children`,
 * a figure's caption, the article's body. Empty for a node without
 * children (text, mention, break, rule). No copy: the model's own array.
 * The article's lead image caption is a second slot; {@link visit} walks it.
 *
 * @example
 * ```ts
 * childrenOf(article.body[0]); // the paragraph's inline nodes
 * ```
 */
export function childrenOf(node: Visitable): readonly Node[] {
  const main = mainSlot(nodeSpecOf(node, true));
  if (main === undefined) return EMPTY;
  return (main.get(node as never) as readonly Node[] | undefined) ?? EMPTY;
}

/**
 * Walks the article (or a node, or a list of nodes) in document order,
 * depth first, through the {@link NODE_TABLE}: every slot of every node,
 * captions included. Iterative, so deep input cannot overflow the stack;
 * one position object per walk, so visiting allocates nothing per node.
 *
 * A value that is not a newsdoc node is a {@link NewsdocRenderError}
 * (`unknown_node`).
 *
 * @example
 * ```ts
 * visit(article, (node, at) => {
 *   if (typeof node !== "string" && "type" in node && node.type === "mention")
 *     console.log(node.entity, at.path()); // "peskov" ["body", 1, "children", 3]
 * });
 * ```
 */
export function visit(root: Visitable | readonly Node[], visitor: Visitor | VisitorPair): void {
  const enter = typeof visitor === "function" ? visitor : visitor.enter;
  const leave = typeof visitor === "function" ? undefined : visitor.leave;
  // Frames as parallel arrays: the parent, its spec, the slot being walked
  // (its number and itself), the list of that slot and the next index in it.
  const parents: ParentNode[] = [];
  const specs: NodeSpec<unknown>[] = [];
  const slotAt: number[] = [];
  const slots: AnyChildSlot<never>[] = [];
  const lists: (readonly unknown[])[] = [];
  const next: number[] = [];
  let depth = 0;
  const topList = Array.isArray(root) ? (root as readonly Node[]) : undefined;
  let topIndex = -1;

  const at = {
    type: "article" as NodeType,
    parent: undefined as ParentNode | undefined,
    slot: undefined as AnyChildSlot<never> | undefined,
    index: -1,
    depth: 0,
    path(): (string | number)[] {
      const out: (string | number)[] = [];
      if (topList) out.push(topIndex);
      for (let d = 0; d < at.depth; d++) {
        for (const key of slots[d]!.path) out.push(key);
        out.push(next[d]! - 1);
      }
      return out;
    },
  };

  const run = (node: unknown): boolean => {
    const base = depth;
    let spec = nodeSpecOf(node, true);
    at.parent = undefined;
    at.slot = undefined;
    at.index = topIndex;
    for (;;) {
      // Enter `node`, whose position is already in `at`.
      at.depth = depth;
      at.type =
        typeof node === "string" ? "text" : ((node as { type?: NodeType }).type ?? "article");
      const result = enter === undefined ? undefined : enter(node as Visitable, at);
      if (result === EXIT) return true;
      const own = spec.slots;
      if (result !== SKIP && own.length > 0) {
        parents[depth] = node as ParentNode;
        specs[depth] = spec;
        slotAt[depth] = 0;
        slots[depth] = own[0] as AnyChildSlot<never>;
        lists[depth] = (own[0]!.get(node as never) as readonly unknown[] | undefined) ?? EMPTY;
        next[depth] = 0;
        depth++;
      } else if (leave !== undefined) leave(node as Visitable, at);
      // Find the next node: the next child of the innermost open node, or leave it.
      for (;;) {
        if (depth === base) return false;
        const d = depth - 1;
        const list = lists[d]!;
        const i = next[d]!;
        if (i < list.length) {
          next[d] = i + 1;
          node = list[i];
          spec = nodeSpecOf(node, false);
          at.parent = parents[d];
          at.slot = slots[d];
          at.index = i;
          break;
        }
        const parentSpec = specs[d]!;
        const s = slotAt[d]! + 1;
        if (s < parentSpec.slots.length) {
          const slot = parentSpec.slots[s]!;
          slotAt[d] = s;
          slots[d] = slot as AnyChildSlot<never>;
          lists[d] = (slot.get(parents[d] as never) as readonly unknown[] | undefined) ?? EMPTY;
          next[d] = 0;
          continue;
        }
        depth = d;
        if (leave !== undefined) {
          const done = parents[d]!;
          if (d === base) {
            at.parent = undefined;
            at.slot = undefined;
            at.index = topIndex;
          } else {
            at.parent = parents[d - 1];
            at.slot = slots[d - 1];
            at.index = next[d - 1]! - 1;
          }
          at.depth = d;
          at.type = nodeTypeOf(done);
          leave(done, at);
        }
      }
    }
  };

  if (topList) {
    for (topIndex = 0; topIndex < topList.length; topIndex++) if (run(topList[topIndex])) return;
  } else {
    run(root);
  }
}

/** Per-type visitors for {@link visitByType}: any subset of the node types, each typed. */
export type TypedVisitors = {
  readonly [K in NodeType]?: (node: NodeTypes[K], at: VisitPosition) => VisitResult;
};

/**
 * {@link visit}, calling only the visitor of each node's type, with the
 * node typed: no casts, no `switch`.
 *
 * @example
 * ```ts
 * visitByType(article, {
 *   mention: (node) => mentioned.add(node.entity),
 *   quote: (span, at) => spans.push([span.quote, at.path()]),
 * });
 * ```
 */
export function visitByType(root: Visitable | readonly Node[], visitors: TypedVisitors): void {
  const table = visitors as Readonly<Record<string, Visitor | undefined>>;
  visit(root, (node, at) => {
    const fn = table[at.type];
    return fn === undefined ? undefined : fn(node, at);
  });
}
