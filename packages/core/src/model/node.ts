import type { Article } from "./article.js";
import type { Block, ListItem } from "./block.js";
import type { Inline, InlineElement, Text } from "./inline.js";
import type { TableCell, TableRow } from "./table.js";

/** Every node a renderer walks: blocks, list items, table rows and cells, and inlines. */
export type Node = Block | ListItem | TableRow | TableCell | Inline;

/** Node objects (everything but plain text), discriminated by `type`. */
export type ElementNode = Block | ListItem | TableRow | TableCell | InlineElement;

/**
 * Node type name → node. Derived from the model's unions, so a node type
 * added to the model appears here, and every exhaustive handler map fails
 * to compile until it handles it. `text` is plain text; `article` the root.
 */
export type NodeTypes = { [N in ElementNode as N["type"]]: N } & {
  text: Text;
  article: Article;
};

/** A node type name: `"paragraph"`, `"mention"`, `"text"`, `"article"`, … */
export type NodeType = keyof NodeTypes;
