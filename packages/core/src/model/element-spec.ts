import { customNodeDefinition } from "./custom-node.js";
import { type AnyChildSlot, NODE_TABLE, type NodeSpec } from "./node-table.js";

/** Built-in element node types → spec, with a null prototype: `"__proto__"` or `"toString"` finds nothing. */
const BUILT_IN: Readonly<Record<string, NodeSpec<unknown> | undefined>> =
  /* @__PURE__ */ builtInSpecs();

// A function, not a loop at the top of the module: a bundle that keeps nothing of it keeps no table either.
function builtInSpecs(): Record<string, NodeSpec<unknown>> {
  const specs: Record<string, NodeSpec<unknown>> = Object.create(null);
  for (const [type, spec] of Object.entries(NODE_TABLE))
    if (type !== "article" && type !== "text") specs[type] = spec as NodeSpec<unknown>;
  return specs;
}

/**
 * The node-table entry of an element node type: a built-in one from
 * {@link NODE_TABLE}, a custom one from its `defineNode` definition, or
 * `undefined` for a type that is neither (and for `"article"`, `"text"`).
 * Every walker finds node shapes through it.
 *
 * @example
 * ```ts
 * elementSpec("paragraph")?.slots[0]?.content; // "phrasing"
 * elementSpec("poll"); // the spec defineNode made, or undefined
 * ```
 */
export function elementSpec(type: unknown): NodeSpec<unknown> | undefined {
  if (typeof type !== "string") return undefined;
  return BUILT_IN[type] ?? (customNodeDefinition(type)?.spec as NodeSpec<unknown> | undefined);
}

/**
 * A node's main slot: the last of its spec's slots (a caption comes before
 * it), or `undefined` for a node type without children. What
 * `childrenOf` and `ctx.children` read.
 */
export function mainSlot(spec: NodeSpec<unknown>): AnyChildSlot<unknown> | undefined {
  const slots = spec.slots;
  return slots.length === 0 ? undefined : slots[slots.length - 1];
}
