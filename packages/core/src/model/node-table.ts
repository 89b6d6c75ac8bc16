import type { Article } from "./article.js";
import type { Block, ListItem } from "./block.js";
import type { EntityType } from "./entity.js";
import type { Image } from "./image.js";
import type { Inline } from "./inline.js";
import type { BuiltInNodeType, BuiltInNodeTypes } from "./node.js";
import type { TableCell, TableRow } from "./table.js";

/**
 * What a node is where it sits: the article (`root`), a block of the body
 * (`flow`), an item of a list (`item`), a row of a table (`row`), a cell of
 * a row (`cell`), or inline content (`phrasing`). Derived from the model's
 * unions, never written by hand.
 */
export type NodeCategory = "root" | "flow" | "item" | "row" | "cell" | "phrasing";

/** The category of a node type, from the union it belongs to. */
export type CategoryOf<N> = N extends Article
  ? "root"
  : N extends Block
    ? "flow"
    : N extends ListItem
      ? "item"
      : N extends TableRow
        ? "row"
        : N extends TableCell
          ? "cell"
          : "phrasing";

/**
 * What a child slot holds: blocks (`flow`), list items (`items`), table
 * rows (`rows`), the cells of a row (`cells`) or inlines (`phrasing`).
 */
export type ContentKind = "flow" | "items" | "rows" | "cells" | "phrasing";

/** The node a slot of each content kind holds. */
export interface ContentNodes {
  flow: Block;
  items: ListItem;
  rows: TableRow;
  cells: TableCell;
  phrasing: Inline;
}

/**
 * One field of a node that holds child nodes.
 *
 * @typeParam N - the node that has the slot.
 * @typeParam C - what the slot holds.
 */
export interface ChildSlot<N, C extends ContentKind = ContentKind> {
  /** The slot's name: `children`, `body`, `caption` (an image's or a table's caption) or `title` (an aside's). */
  readonly name: "children" | "body" | "caption" | "title" | (string & {});
  /** The field path from the node to the list (`["image", "caption"]`). */
  readonly path: readonly string[];
  /** What the list holds. */
  readonly content: C;
  /** The list, or `undefined` when the field is absent (an image without caption). */
  get(node: N): readonly ContentNodes[C][] | undefined;
}

/** A child slot of any content kind. */
export type AnyChildSlot<N> = { [C in ContentKind]: ChildSlot<N, C> }[ContentKind];

/** The registries an id can point into. */
export type Registry = "entities" | "quotes" | "claims";

/**
 * One field that refers to something by id.
 *
 * @typeParam T - the object that has the field (a node, an entity, a quote, a stance).
 */
export interface ReferenceField<T> {
  /** The field path from the object to the id or the list of ids (`["credit", "creators"]`). */
  readonly path: readonly string[];
  /** The registry the id must be in. */
  readonly registry: Registry;
  /** The entity kinds allowed; `undefined` allows any kind (and always for quotes and claims). */
  readonly kinds?: readonly EntityType[];
  /** True when the field is a list of ids. */
  readonly many: boolean;
  /** What the reference is, for messages: "an author", "a quote's speaker". */
  readonly role: string;
  /** True for a `mention` node: the text names the entity there. */
  readonly mention?: true;
  /** The id (or ids), or `undefined` when the field is absent. */
  get(owner: T): string | readonly string[] | undefined;
}

/**
 * Everything the walkers need to know about one node type.
 *
 * @typeParam N - the node.
 */
export interface NodeSpec<N> {
  /** Where the node sits; derived from the model's unions. */
  readonly category: CategoryOf<N>;
  /** The fields that hold child nodes, in document order. The last is the node's main content (a caption comes before it). */
  readonly slots: readonly AnyChildSlot<N>[];
  /** The fields that hold references, in field order. */
  readonly references: readonly ReferenceField<N>[];
}

/**
 * The node table's type: one entry per built-in node type of the model. A
 * node type added to the model without an entry here is a compile error.
 * (Custom blocks bring their own entry: `defineNode`.)
 */
export type NodeTable = NodeTableOf<BuiltInNodeTypes>;

/**
 * The node table's type for a map of node type name → node. The model's
 * is {@link NodeTable}; the generic form lets a type test add a node type
 * to a copy of the model and see every table fail without it.
 */
export type NodeTableOf<T> = { readonly [K in keyof T]: NodeSpec<T[K]> };

/** Person or Organization. */
export const PERSON_OR_ORGANIZATION = [
  "Person",
  "Organization",
] as const satisfies readonly EntityType[];
/** Organization only. */
export const ORGANIZATION = ["Organization"] as const satisfies readonly EntityType[];
/** Place only. */
export const PLACE = ["Place"] as const satisfies readonly EntityType[];

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function phrasingChildren<N extends { children: Inline[] }>(): ChildSlot<N, "phrasing"> {
  return { name: "children", path: ["children"], content: "phrasing", get: (n) => n.children };
}

/** The references of an image: credit creators and providers, what it shows. */
function imageReferences<T extends { image?: Image | undefined }>(): ReferenceField<T>[] {
  return [
    {
      path: ["image", "credit", "creators"],
      registry: "entities",
      kinds: PERSON_OR_ORGANIZATION,
      many: true,
      role: "an image's creator",
      get: (o) => o.image?.credit?.creators,
    },
    {
      path: ["image", "credit", "providers"],
      registry: "entities",
      kinds: ORGANIZATION,
      many: true,
      role: "an image's provider",
      get: (o) => o.image?.credit?.providers,
    },
    {
      path: ["image", "about"],
      registry: "entities",
      many: true,
      role: "what an image shows",
      get: (o) => o.image?.about,
    },
  ];
}

const captionSlot = <T extends { image?: Image | undefined }>(): ChildSlot<T, "phrasing"> => ({
  name: "caption",
  path: ["image", "caption"],
  content: "phrasing",
  get: (o) => o.image?.caption,
});

/**
 * The one description of the model's nodes: for every node type, which
 * fields hold child nodes (blocks, list items or inlines), where captions
 * sit, and which fields are references to which registry and kinds. Every
 * walk in newsdoc ({@link visit}, {@link childrenOf}, the kit's index,
 * `plainText`, lint, JSON-LD) reads it.
 *
 * The article's lead image caption comes before the body in document
 * order, as a page shows it.
 *
 * @example
 * ```ts
 * NODE_TABLE.figure.slots[0].path; // ["image", "caption"]
 * NODE_TABLE.mention.references[0].registry; // "entities"
 * ```
 */
export const NODE_TABLE: NodeTable = {
  article: {
    category: "root",
    slots: [
      captionSlot<Article>(),
      { name: "body", path: ["body"], content: "flow", get: (a) => a.body },
    ],
    references: [
      {
        path: ["authors"],
        registry: "entities",
        kinds: PERSON_OR_ORGANIZATION,
        many: true,
        role: "an author",
        get: (a) => a.authors,
      },
      {
        path: ["publisher"],
        registry: "entities",
        kinds: ORGANIZATION,
        many: false,
        role: "the publisher",
        get: (a) => a.publisher,
      },
      {
        path: ["about"],
        registry: "entities",
        many: true,
        role: "what the article is about",
        get: (a) => a.about,
      },
      {
        path: ["dateline"],
        registry: "entities",
        kinds: PLACE,
        many: false,
        role: "the dateline",
        get: (a) => a.dateline,
      },
      ...imageReferences<Article>(),
    ],
  },
  paragraph: { category: "flow", slots: [phrasingChildren()], references: NONE },
  heading: { category: "flow", slots: [phrasingChildren()], references: NONE },
  figure: { category: "flow", slots: [captionSlot()], references: imageReferences() },
  blockquote: {
    category: "flow",
    slots: [{ name: "children", path: ["children"], content: "flow", get: (n) => n.children }],
    references: [
      {
        path: ["quote"],
        registry: "quotes",
        many: false,
        role: "a blockquote's quote",
        get: (n) => n.quote,
      },
    ],
  },
  list: {
    category: "flow",
    slots: [{ name: "children", path: ["children"], content: "items", get: (n) => n.children }],
    references: NONE,
  },
  listItem: { category: "item", slots: [phrasingChildren()], references: NONE },
  rule: { category: "flow", slots: NONE, references: NONE },
  embed: { category: "flow", slots: NONE, references: NONE },
  video: { category: "flow", slots: NONE, references: NONE },
  audio: { category: "flow", slots: NONE, references: NONE },
  aside: {
    category: "flow",
    // The title comes first in document order; the blocks are the main content.
    slots: [
      { name: "title", path: ["title"], content: "phrasing", get: (n) => n.title },
      { name: "children", path: ["children"], content: "flow", get: (n) => n.children },
    ],
    references: NONE,
  },
  pullQuote: {
    category: "flow",
    slots: NONE,
    references: [
      {
        path: ["quote"],
        registry: "quotes",
        many: false,
        role: "a pull quote's quote",
        get: (n) => n.quote,
      },
    ],
  },
  editorsNote: { category: "flow", slots: [phrasingChildren()], references: NONE },
  correction: { category: "flow", slots: NONE, references: NONE },
  table: {
    category: "flow",
    // The caption comes first in document order; the rows are the main content.
    slots: [
      { name: "caption", path: ["caption"], content: "phrasing", get: (n) => n.caption },
      { name: "children", path: ["children"], content: "rows", get: (n) => n.children },
    ],
    references: NONE,
  },
  tableRow: {
    category: "row",
    slots: [{ name: "children", path: ["children"], content: "cells", get: (n) => n.children }],
    references: NONE,
  },
  tableCell: { category: "cell", slots: [phrasingChildren()], references: NONE },
  text: { category: "phrasing", slots: NONE, references: NONE },
  emphasis: { category: "phrasing", slots: [phrasingChildren()], references: NONE },
  strong: { category: "phrasing", slots: [phrasingChildren()], references: NONE },
  link: { category: "phrasing", slots: [phrasingChildren()], references: NONE },
  mention: {
    category: "phrasing",
    slots: NONE,
    references: [
      {
        path: ["entity"],
        registry: "entities",
        many: false,
        role: "a mention",
        mention: true,
        get: (n) => n.entity,
      },
    ],
  },
  quote: {
    category: "phrasing",
    slots: [phrasingChildren()],
    references: [
      {
        path: ["quote"],
        registry: "quotes",
        many: false,
        role: "a quote span",
        get: (n) => n.quote,
      },
    ],
  },
  break: { category: "phrasing", slots: NONE, references: NONE },
};

/** Every node type, in the table's order. */
export const NODE_TYPES = /* @__PURE__ */ Object.freeze(
  Object.keys(NODE_TABLE),
) as readonly BuiltInNodeType[];
