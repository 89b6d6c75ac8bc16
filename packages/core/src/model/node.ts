import type { Article } from "./article.js";
import type { Block, BuiltInBlock, ListItem } from "./block.js";
import type { CustomBlocks } from "./custom-node.js";
import type { Inline, InlineElement, Text } from "./inline.js";
import type { TableCell, TableRow } from "./table.js";

/** Every node a renderer walks: blocks, list items, table rows and cells, and inlines. */
export type Node = Block | ListItem | TableRow | TableCell | Inline;

/** Node objects (everything but plain text), discriminated by `type`. */
export type ElementNode = Block | ListItem | TableRow | TableCell | InlineElement;

/** The built-in node objects (no custom blocks), discriminated by `type`. */
export type BuiltInElementNode = BuiltInBlock | ListItem | TableRow | TableCell | InlineElement;

/**
 * The built-in node types: name → node. What the node table and the
 * built-in renderers' handler maps are exhaustive over (custom blocks get
 * their handlers from the caller).
 */
export type BuiltInNodeTypes = { [N in BuiltInElementNode as N["type"]]: N } & {
  text: Text;
  article: Article;
};

/** A built-in node type name. */
export type BuiltInNodeType = keyof BuiltInNodeTypes;

/**
 * Node type name → node: the built-in types and your own
 * ({@link CustomBlocks}). Derived from the model's unions, so a node type
 * added to the model (or registered in `CustomBlocks`) appears here, and
 * every exhaustive handler map fails to compile until it handles it.
 * `text` is plain text; `article` the root.
 */
export type NodeTypes = BuiltInNodeTypes & CustomBlocks;

/** A node type name: `"paragraph"`, `"mention"`, `"text"`, `"article"`, … (and your custom block types). */
export type NodeType = keyof NodeTypes;
