import {
  type Article,
  elementSpec,
  type Inline,
  NODE_TABLE,
  type NodeSpec,
  type NodeType,
  nodeTypeOf,
  SKIP,
  visit,
} from "@newsdoc/core/kit";

/** Where an annotation is: a path into the article, as validation errors give it. */
export type AnnotatePath = readonly (string | number)[];

/** What kind of text an inline container holds. */
export type ContainerKind = "paragraph" | "heading" | "caption" | "listItem";

/** A run of inline content annotate reads and rewrites: a paragraph, heading, caption or list item. */
export interface InlineContainer {
  readonly kind: ContainerKind;
  /** The path of the container's inline list (`["body", 3, "children"]`, `["image", "caption"]`). */
  readonly path: AnnotatePath;
  /** The container's inline nodes (read before, replaced after annotating). */
  children: Inline[];
  /** Whether the container is the paragraph right after another paragraph (a quote may go on into it). */
  readonly follows: boolean;
}

const KINDS: Partial<Record<NodeType, ContainerKind>> = {
  paragraph: "paragraph",
  heading: "heading",
  listItem: "listItem",
};

/**
 * The inline containers of an article in document order, found through the
 * model's node table (`visit` and `NODE_TABLE` of `@newsdoc/core/kit`): every
 * slot that holds phrasing content — the lead image's caption, paragraphs,
 * headings, list items, figure captions, blockquote contents. `write` puts
 * each container's (new) children back into the article in place.
 */
export function inlineContainers(article: Article): {
  containers: InlineContainer[];
  write(): void;
} {
  const containers: InlineContainer[] = [];
  const lists: Inline[][] = [];
  let previous: { parent: unknown; index: number; paragraph: boolean } | undefined;
  visit(article, (node, at) => {
    const type = nodeTypeOf(node);
    const spec: NodeSpec<unknown> =
      type === "article" || type === "text"
        ? (NODE_TABLE[type] as NodeSpec<unknown>)
        : elementSpec(type)!;
    if (spec.category === "phrasing") return SKIP;
    for (const slot of spec.slots) {
      if (slot.content !== "phrasing") continue;
      const list = slot.get(node as never) as Inline[] | undefined;
      if (!list) continue;
      const kind = slot.name === "caption" ? "caption" : (KINDS[type] ?? "paragraph");
      const follows =
        kind === "paragraph" &&
        previous !== undefined &&
        previous.paragraph &&
        previous.parent === at.parent &&
        previous.index === at.index - 1;
      containers.push({ kind, path: [...at.path(), ...slot.path], children: list, follows });
      lists.push(list);
      previous = { parent: at.parent, index: at.index, paragraph: kind === "paragraph" };
    }
    return undefined;
  });
  return {
    containers,
    write: () => {
      containers.forEach((container, i) => {
        const list = lists[i]!;
        if (container.children !== list) list.splice(0, list.length, ...container.children);
      });
    },
  };
}
