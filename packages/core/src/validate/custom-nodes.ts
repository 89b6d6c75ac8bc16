import { z } from "zod";
import type { NodeDefinition } from "../model/custom-node.js";
import { elementSpec } from "../model/element-spec.js";
import { NODE_TABLE, type NodeSpec } from "../model/node-table.js";
import type { IssuePath, ValidationIssue } from "./issue.js";
import { mapZodIssues } from "./map-zod-issues.js";

/** Where a custom node sits in the input, and its definition. */
export interface CustomNodeSite {
  /** The JSON path from the article to the node. */
  readonly path: IssuePath;
  /** The node as given. */
  readonly node: unknown;
  /** Its definition. */
  readonly definition: NodeDefinition;
}

/** The input with every custom node in a flow position replaced by a placeholder, and where they were. */
export interface SetAside {
  /** The input to give the built-in schema: the same object when there is no custom node. */
  readonly input: unknown;
  /** The custom nodes taken out, in document order. */
  readonly sites: readonly CustomNodeSite[];
}

/** What stands in for a custom node while the built-in schema checks the rest: it has no fields to get wrong. */
const PLACEHOLDER = Object.freeze({ type: "rule" });

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Takes the custom nodes (of the given definitions) out of the input's
 * flow slots — the body, and the blocks of every built-in node that holds
 * blocks (blockquote, aside) — leaving a placeholder, so the built-in
 * schema checks everything else; copies only the arrays and objects on the
 * way to a custom node, so the input is never modified. Reads defensively
 * (this runs before the pre-walk): what is not of the right shape is left
 * for the schema to report; nothing deeper than `maxDepth` is entered.
 */
export function setAsideCustomNodes(
  input: unknown,
  definitions: ReadonlyMap<string, NodeDefinition>,
  maxDepth: number,
): SetAside {
  if (definitions.size === 0 || !isObject(input)) return { input, sites: [] };
  const sites: CustomNodeSite[] = [];
  const path: IssuePath = [];

  /** A flow list with custom nodes replaced; the same list when none is in it. */
  const flow = (list: unknown, depth: number): unknown => {
    if (!Array.isArray(list) || depth > maxDepth) return list;
    let out: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const child: unknown = list[i];
      path.push(i);
      const next = block(child, depth + 1);
      path.pop();
      if (next !== child) {
        out ??= list.slice();
        out[i] = next;
      }
    }
    return out ?? list;
  };

  /** A block with custom nodes in its flow slots replaced; itself replaced when it is custom. */
  const block = (node: unknown, depth: number): unknown => {
    if (!isObject(node) || depth > maxDepth) return node;
    const type = node.type;
    if (typeof type !== "string") return node;
    const definition = definitions.get(type);
    if (definition !== undefined) {
      sites.push({ path: path.slice(), node, definition });
      return PLACEHOLDER;
    }
    const spec = elementSpec(type);
    return spec === undefined ? node : slots(node, spec, depth);
  };

  /** A node (or the article) with the custom nodes of its flow slots replaced. */
  const slots = (owner: Obj, spec: NodeSpec<unknown>, depth: number): Obj => {
    let out: Obj | undefined;
    for (const slot of spec.slots) {
      // Flow slots of built-in nodes are one field deep (`children`, `body`).
      if (slot.content !== "flow" || slot.path.length !== 1) continue;
      const key = slot.path[0]!;
      if (!Object.hasOwn(owner, key)) continue;
      const list = owner[key];
      path.push(key);
      const next = flow(list, depth + 1);
      path.pop();
      if (next !== list) {
        out ??= { ...owner };
        out[key] = next;
      }
    }
    return out ?? owner;
  };

  const article = slots(input, NODE_TABLE.article as NodeSpec<unknown>, 1);
  return { input: article, sites };
}

/**
 * Checks each custom node with its own schema. Returns the issues (with
 * paths from the article) and the parsed nodes, in the order of `sites`.
 */
export function checkCustomNodes(sites: readonly CustomNodeSite[]): {
  issues: ValidationIssue[];
  nodes: unknown[];
} {
  const issues: ValidationIssue[] = [];
  const nodes: unknown[] = [];
  for (const site of sites) {
    const knownKeys = new Map<unknown, readonly string[]>();
    const parsed = site.definition.schema.safeParse(site.node, {
      reportInput: true,
      // Called only where the schema gives no message of its own: then newsdoc's wording.
      error: (raw) => {
        if (raw.code === "unrecognized_keys" && raw.inst instanceof z.ZodObject)
          knownKeys.set(raw.input, Object.keys(raw.inst.shape));
        return NO_MESSAGE;
      },
    });
    if (parsed.success) {
      nodes.push(parsed.data);
      continue;
    }
    nodes.push(site.node);
    for (const raw of parsed.error.issues) {
      // The schema's own message ("A poll needs a question.") is the user's words: keep them.
      const own = raw.message === NO_MESSAGE ? undefined : sentence(raw.message);
      for (const found of mapZodIssues([raw], site.node, knownKeys))
        issues.push({
          ...found,
          path: [...site.path, ...found.path],
          ...(own !== undefined
            ? { message: own }
            : found.message.includes(NO_MESSAGE)
              ? { message: "This value is not allowed here." }
              : {}),
        } as ValidationIssue);
    }
  }
  return { issues, nodes };
}

/** A message for zod issues the node's schema does not word itself. */
const NO_MESSAGE = "\u0000newsdoc-no-message";

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Puts the parsed custom nodes back where they were, in the parsed article (a fresh object zod made). */
export function putBackCustomNodes(
  article: unknown,
  sites: readonly CustomNodeSite[],
  nodes: readonly unknown[],
): void {
  sites.forEach((site, n) => {
    let at = article as Obj | unknown[];
    const keys = site.path;
    for (let k = 0; k < keys.length - 1; k++)
      at = (at as Record<string | number, unknown>)[keys[k]!] as Obj | unknown[];
    (at as Record<string | number, unknown>)[keys[keys.length - 1]!] = nodes[n];
  });
}
