import { customNodeDefinition } from "../model/custom-node.js";
import { customHint, describeNode } from "../model/describe-node.js";
import { elementSpec } from "../model/element-spec.js";
import type { BuiltInNodeTypes, Node, NodeType } from "../model/node.js";
import type { ContentKind, NodeCategory } from "../model/node-table.js";
import { nodeTypeOf } from "../model/node-type-of.js";
import { NewsdocRenderError } from "./render-error.js";

/**
 * The text a node gives by itself, apart from its children: a string is
 * itself, a mention its words, a break a newline; every other node `""`.
 * One entry per node type: a node type added to the model is a compile
 * error here until it says what text it has.
 */
/** The type of {@link OWN_TEXT} for any map of node type name → node. */
export type OwnTextTable<T> = { readonly [K in keyof T]: ((node: T[K]) => string) | "" };

/** Internal (not re-exported from the kit): exported for the type test. */
export const OWN_TEXT: OwnTextTable<BuiltInNodeTypes> = {
  article: "",
  paragraph: "",
  heading: "",
  figure: "",
  blockquote: "",
  list: "",
  listItem: "",
  rule: "",
  embed: "",
  video: "",
  audio: "",
  aside: "",
  // A pull quote repeats words the body carries: no text of its own, or they would count twice.
  pullQuote: "",
  editorsNote: "",
  correction: (n) => n.text,
  table: "",
  tableRow: "",
  tableCell: "",
  text: (t) => t,
  emphasis: "",
  strong: "",
  link: "",
  mention: (n) => n.text,
  quote: "",
  break: () => "\n",
};

/**
 * The text a node gives by itself, apart from its children: a string is
 * itself, a mention its words, a break `"\n"`, anything else `""`.
 *
 * @example
 * ```ts
 * ownText({ type: "mention", entity: "peskov", text: "Peskov" }); // "Peskov"
 * ```
 */
export function ownText(node: Node): string {
  const own = ownTextOf(nodeTypeOf(node));
  return own === "" ? own : own(node);
}

/** A node type's own text: the built-in table's entry, or a custom node's declared `text`. */
function ownTextOf(type: string): ((node: Node) => string) | "" {
  if (Object.hasOwn(OWN_TEXT, type))
    return OWN_TEXT[type as keyof typeof OWN_TEXT] as ((node: Node) => string) | "";
  return (customNodeDefinition(type)?.text as ((node: Node) => string) | undefined) ?? "";
}

/** What {@link walkText} calls while it lays out the text. */
export interface TextWalkHooks {
  /** Called as a node is entered, before its children. */
  enter?(node: Node, type: NodeType): void;
  /** Called as a node is left, with its plain text (its own and its children's). */
  leave?(node: Node, type: NodeType, text: string): void;
}

/**
 * {@link plainText} with hooks: one walk that gives the text and lets the
 * caller collect what it needs on the way (mentions, figure captions). The
 * children and the separators come from the node table: blocks (flow) are
 * separated by a blank line and empty ones skipped, list items by a
 * newline, a table's caption and rows by a newline and its cells by a tab,
 * inlines concatenated. A value that is not a node is a
 * `NewsdocRenderError` (`unknown_node`); nesting deeper than the stack
 * allows, `too_deep` (parseArticle rejects both).
 *
 * @example
 * ```ts
 * const captions: string[] = [];
 * const text = walkText(article.body, {
 *   leave: (node, type, text) => { if (type === "figure") captions.push(text); },
 * });
 * ```
 */
export function walkText(nodes: Node | readonly Node[], hooks: TextWalkHooks = {}): string {
  const { enter, leave } = hooks;
  // Recursive, like the renderers: a plain walk is several times faster
  // than an explicit stack here, and the depth is bounded by validation.
  const textOf = (node: Node): string => {
    if (typeof node === "string") {
      enter?.(node, "text");
      leave?.(node, "text", node);
      return node;
    }
    const type = (node as { type?: unknown } | null)?.type;
    const spec = elementSpec(type);
    if (spec === undefined) {
      throw new NewsdocRenderError(
        "unknown_node",
        `plainText met ${describeNode(node)}: it is not a newsdoc node. Validate the article with parseArticle() first${customHint(node)}.`,
      );
    }
    enter?.(node, type as NodeType);
    const own = ownTextOf(type as string);
    let text = "";
    if (own !== "") text = own(node);
    else {
      const slots = spec.slots;
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s]!;
        const list = slot.get(node as never) as readonly Node[] | undefined;
        if (list !== undefined) text = join(text, list, slot.content);
      }
    }
    leave?.(node, type as NodeType, text);
    return text;
  };
  const join = (before: string, list: readonly Node[], content: ContentKind): string => {
    let out = before;
    for (let i = 0; i < list.length; i++) {
      const part = textOf(list[i]!);
      if (content === "phrasing") out += part;
      else if (content === "items") out = i === 0 ? part : `${out}\n${part}`;
      // A table: its caption, then one line per row, its cells separated by a tab.
      else if (content === "rows") out = i === 0 && out === "" ? part : `${out}\n${part}`;
      else if (content === "cells") out = i === 0 ? part : `${out}\t${part}`;
      else if (part !== "") out = out === "" ? part : `${out}\n\n${part}`;
    }
    return out;
  };
  try {
    if (!Array.isArray(nodes)) return textOf(nodes as Node);
    // The top level: blocks separated by a blank line, runs of inlines one block.
    let out = "";
    let inline = false;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      const part = textOf(node);
      const isInline =
        typeof node === "string" ||
        (elementSpec((node as { type: string }).type)?.category as NodeCategory | undefined) !==
          "flow";
      if (isInline && inline) out += part;
      else if (part !== "" || isInline) out = out === "" ? part : `${out}\n\n${part}`;
      inline = isInline;
    }
    return out;
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new NewsdocRenderError(
        "too_deep",
        "plainText ran out of stack: the nodes nest too deeply. parseArticle() rejects such input.",
      );
    }
    throw error;
  }
}

/**
 * The text of inline or block nodes, as a reader sees it: inline nodes are
 * concatenated (a break is a newline, a mention its words); blocks are
 * separated by a blank line (`\n\n`), list items by a newline, table rows
 * by a newline and their cells by a tab; a figure
 * gives its caption, a rule nothing.
 *
 * @example
 * ```ts
 * plainText(["Russia ", { type: "emphasis", children: ["denies"] }]); // "Russia denies"
 * plainText(article.body); // paragraphs separated by "\n\n"
 * ```
 */
export function plainText(nodes: Node | readonly Node[]): string {
  return walkText(nodes);
}
