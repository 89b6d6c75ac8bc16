import type { z } from "zod";
import { NewsdocRenderError } from "../kit/render-error.js";
import type { EntityType } from "./entity.js";
import {
  type AnyChildSlot,
  type ContentKind,
  NODE_TYPES,
  type ReferenceField,
  type Registry,
} from "./node-table.js";

/**
 * The registry of your own block node types: empty until you add to it by
 * declaration merging, the way mdast's `RootContentMap` is extended. Each
 * entry is `type name → node`; the node's `type` field must be the name.
 * Once a type is here it is a `Block`, it has a key in `NodeTypes`, and
 * every exhaustive handler map (a `defineRenderer` definition, React's
 * `Components`) fails to compile until it handles it.
 *
 * @example
 * ```ts
 * interface Poll { type: "poll"; question: string; options: string[] }
 * declare module "@newsdoc/core" {
 *   interface CustomBlocks { poll: Poll }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging.
export interface CustomBlocks {}

/** Every custom block node registered in {@link CustomBlocks}; `never` when there is none. */
export type CustomBlock = CustomBlocks[keyof CustomBlocks];

/** The type names of the custom blocks in {@link CustomBlocks}. */
export type CustomBlockType = keyof CustomBlocks & string;

/** What a node given to {@link defineNode} must look like: an object with a string `type`. */
export interface CustomNodeShape {
  /** The node's type name. */
  readonly type: string;
}

/**
 * A field of a custom node that refers to something by id: the registry
 * (and, for entities, the kinds allowed). Validation checks it resolves;
 * the kit's look-ups, lint and `forEachReference` see it like a built-in
 * node's.
 */
export interface CustomReference {
  /** The registry the id must be in. */
  readonly registry: Registry;
  /** The entity kinds allowed; omit to allow any kind (always for quotes and claims). */
  readonly kinds?: readonly EntityType[];
  /** What the reference is, for messages: "a poll's sponsor". Default: "a <type>'s <field>". */
  readonly role?: string;
}

/** The fields of `N` whose value is a list (those that can hold child nodes). */
type ListFields<N> = {
  [K in keyof N]-?: NonNullable<N[K]> extends readonly unknown[] ? K : never;
}[keyof N];

/** The fields of `N` whose value is an id or a list of ids. */
type IdFields<N> = {
  [K in keyof N]-?: NonNullable<N[K]> extends string | readonly string[] ? K : never;
}[keyof N];

/**
 * What {@link defineNode} takes: the node's type name, its zod schema, and
 * what the walkers need to know about its fields.
 *
 * @typeParam N - the node (as registered in {@link CustomBlocks}).
 */
export interface NodeDefinitionInput<N extends CustomNodeShape> {
  /** The type name: what the node's `type` field holds. Not a built-in type name; letters and digits, starting with a letter. */
  readonly type: N["type"];
  /**
   * The zod schema `parseArticle(input, { nodes })` checks the node with
   * (a `z.strictObject` with `type: z.literal(…)`, so unknown keys are
   * errors like everywhere else). Child slots hold built-in nodes: use the
   * core's `InlineSchema` / `BlockSchema` for them.
   */
  readonly schema: z.ZodType<N>;
  /**
   * The fields that hold child nodes and what they hold (`"phrasing"`
   * for inline nodes, `"flow"` for blocks), in document order; the last is
   * the node's main content (`ctx.children(node)`). Default: none.
   */
  readonly children?: { readonly [K in ListFields<N>]?: "flow" | "phrasing" };
  /** The fields that hold ids (or lists of ids), and what they point to. Default: none. */
  readonly references?: { readonly [K in IdFields<N>]?: CustomReference };
  /**
   * The node's own plain text (`plainText`, JSON-LD's `articleBody`,
   * word counts): a poll's question and options. Default: the text of its
   * children, or `""` for a node without children.
   */
  readonly text?: (node: N) => string;
}

/**
 * A custom node type, made by {@link defineNode}: its definition and the
 * node-table entry the walkers read.
 *
 * @typeParam N - the node.
 */
export interface NodeDefinition<N extends CustomNodeShape = CustomNodeShape> {
  /** The type name. */
  readonly type: N["type"];
  /** The zod schema validation runs on the node. */
  readonly schema: z.ZodType<N>;
  /** Its node-table entry: `flow`, its child slots and reference fields. */
  readonly spec: CustomNodeSpec<N>;
  /** Its own plain text, or `undefined` when its text is its children's. */
  readonly text: ((node: N) => string) | undefined;
}

/** The node-table entry of a custom node: a block (`flow`), its child slots and reference fields. */
export interface CustomNodeSpec<N> {
  /** Always `"flow"`: custom nodes are blocks. */
  readonly category: "flow";
  /** The fields that hold child nodes, in document order; the last is the main content. */
  readonly slots: readonly AnyChildSlot<N>[];
  /** The fields that hold ids. */
  readonly references: readonly ReferenceField<N>[];
}

/**
 * Any node definition, whatever its node: what `parseArticle`'s `nodes`
 * option and the registry hold.
 */
export interface AnyNodeDefinition {
  /** The type name. */
  readonly type: string;
  /** The zod schema validation runs on the node. */
  readonly schema: z.ZodType;
  /** Its node-table entry. */
  readonly spec: {
    readonly category: "flow";
    readonly slots: readonly AnyChildSlot<never>[];
    readonly references: readonly ReferenceField<never>[];
  };
  /** Its own plain text, or `undefined`. */
  readonly text: ((node: never) => string) | undefined;
}

interface NodeRegistry {
  readonly byType: Map<string, NodeDefinition>;
}

const REGISTRY_KEY = Symbol.for("newsdoc.custom-nodes");

/**
 * One registry per process, shared by every copy of the package (its ESM
 * and CJS builds, the `kit` entry and the main one): the runtime side of
 * the declaration merging that types it, which is global too.
 */
function registry(): NodeRegistry {
  const holder = globalThis as unknown as Record<symbol, NodeRegistry | undefined>;
  let found = holder[REGISTRY_KEY];
  if (found === undefined) {
    found = { byType: new Map() };
    Object.defineProperty(holder, REGISTRY_KEY, { value: found });
  }
  return found;
}

/** The names a custom node may not take: the built-in node types (and `Object.prototype`'s). */
const RESERVED: ReadonlySet<string> = new Set([
  ...NODE_TYPES,
  "constructor",
  "hasOwnProperty",
  "toString",
  "valueOf",
]);

const TYPE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function badDefinition(message: string): never {
  throw new NewsdocRenderError("bad_node_definition", message);
}

/**
 * Defines (and registers, for this process) a custom block node type: its
 * zod schema for validation, the fields that hold child nodes or ids, and
 * its plain text. The walkers (`visit`, `childrenOf`, `plainText`,
 * `forEachReference`, the kit's index, lint, renderers' `ctx.children`)
 * then walk it like a built-in node; `parseArticle(input, { nodes: [it] })`
 * accepts it. Type it with {@link CustomBlocks} so handler maps must handle it.
 *
 * Defining the same type twice with another definition is an error
 * (`bad_node_definition`), as is taking a built-in type's name.
 *
 * @example
 * ```ts
 * import { defineNode } from "@newsdoc/core";
 * import { z } from "zod";
 *
 * export const pollNode = defineNode<Poll>({
 *   type: "poll",
 *   schema: z.strictObject({ type: z.literal("poll"), question: z.string(), options: z.array(z.string()).min(2) }),
 *   text: (poll) => [poll.question, ...poll.options].join("\n"),
 * });
 * ```
 */
export function defineNode<N extends CustomNodeShape>(
  input: NodeDefinitionInput<N>,
): NodeDefinition<N> {
  const source = input ?? ({} as Partial<NodeDefinitionInput<N>>);
  const type = source.type as unknown;
  if (typeof type !== "string" || !TYPE_NAME.test(type)) {
    badDefinition(
      `defineNode(): the type name must be letters and digits starting with a letter ("poll", "liveScore"), got ${JSON.stringify(type) ?? String(type)}.`,
    );
  }
  if (RESERVED.has(type)) {
    badDefinition(
      `defineNode(): "${type}" is a built-in node type; give your node another name ("${type}Box", "my${type[0]!.toUpperCase()}${type.slice(1)}").`,
    );
  }
  const schema = source.schema as { safeParse?: unknown } | undefined;
  if (schema === null || typeof schema !== "object" || typeof schema.safeParse !== "function") {
    badDefinition(
      `defineNode("${type}"): \`schema\` must be a zod schema (z.strictObject({ type: z.literal("${type}"), … })).`,
    );
  }
  const slots: AnyChildSlot<N>[] = [];
  for (const [field, content] of Object.entries(source.children ?? {})) {
    if (content !== "flow" && content !== "phrasing") {
      badDefinition(
        `defineNode("${type}"): children.${field} must be "flow" (blocks) or "phrasing" (inline nodes), got ${JSON.stringify(content)}.`,
      );
    }
    slots.push({
      name: field,
      path: [field],
      content: content as ContentKind,
      get: (node) => (node as unknown as Record<string, never[] | undefined>)[field],
    } as AnyChildSlot<N>);
  }
  const references: ReferenceField<N>[] = [];
  for (const [field, ref] of Object.entries(source.references ?? {}) as [
    string,
    CustomReference | undefined,
  ][]) {
    const registryName = ref?.registry;
    if (registryName !== "entities" && registryName !== "quotes" && registryName !== "claims") {
      badDefinition(
        `defineNode("${type}"): references.${field}.registry must be "entities", "quotes" or "claims", got ${JSON.stringify(registryName)}.`,
      );
    }
    const get = (node: N) => {
      const value = (node as unknown as Record<string, unknown>)[field];
      return typeof value === "string" || Array.isArray(value)
        ? (value as string | readonly string[])
        : undefined;
    };
    references.push({
      path: [field],
      registry: registryName,
      ...(ref!.kinds === undefined ? {} : { kinds: ref!.kinds }),
      // A list field is many ids; `get` gives whatever the node holds.
      many: false,
      role: ref!.role ?? `a ${type}'s ${field}`,
      get,
    });
  }
  const text = source.text;
  if (text !== undefined && typeof text !== "function") {
    badDefinition(`defineNode("${type}"): \`text\` must be a function (node) => string.`);
  }
  const definition: NodeDefinition<N> = Object.freeze({
    type: type as N["type"],
    schema: source.schema as z.ZodType<N>,
    spec: Object.freeze({
      category: "flow",
      slots: Object.freeze(slots),
      references: Object.freeze(references),
    }) as CustomNodeSpec<N>,
    text,
  });
  const { byType } = registry();
  const before = byType.get(type);
  if (before !== undefined && !sameDefinition(before, definition as unknown as NodeDefinition)) {
    badDefinition(
      `defineNode("${type}"): a different "${type}" node is already defined. Define each custom node once, in one module, and import it where you need it.`,
    );
  }
  if (before === undefined) byType.set(type, definition as unknown as NodeDefinition);
  return (before ?? definition) as unknown as NodeDefinition<N>;
}

/** The same definition made twice (a module evaluated by both the ESM and the CJS loader, hot reload). */
function sameDefinition(a: NodeDefinition, b: NodeDefinition): boolean {
  if (a.schema !== b.schema || a.text !== b.text) return false;
  const slots = (d: NodeDefinition) => d.spec.slots.map((s) => `${s.name}:${s.content}`).join();
  const refs = (d: NodeDefinition) =>
    d.spec.references
      .map((r) => `${r.path[0]}:${r.registry}:${r.kinds?.join("|")}:${r.role}`)
      .join();
  return slots(a) === slots(b) && refs(a) === refs(b);
}

/**
 * The definition of a custom node type, or `undefined` when no
 * {@link defineNode} call defined it.
 *
 * @example
 * ```ts
 * customNodeDefinition("poll")?.spec.slots; // []
 * ```
 */
export function customNodeDefinition(type: string): NodeDefinition | undefined {
  return registry().byType.get(type);
}

/**
 * The custom node types defined in this process, in definition order.
 *
 * @example
 * ```ts
 * customNodeTypes(); // ["poll"]
 * ```
 */
export function customNodeTypes(): readonly string[] {
  return [...registry().byType.keys()];
}

/**
 * True when `node` is a custom block (its `type` is one {@link defineNode}
 * defined); narrows a `Block` to {@link CustomBlock}, so code that switches
 * over the built-in types can take custom nodes aside first.
 *
 * @example
 * ```ts
 * for (const block of article.body) {
 *   if (isCustomNode(block)) report(block.type);
 *   else switch (block.type) { … }
 * }
 * ```
 */
export function isCustomNode(node: unknown): node is CustomBlock {
  if (node === null || typeof node !== "object") return false;
  const type = (node as { type?: unknown }).type;
  return typeof type === "string" && registry().byType.has(type);
}
