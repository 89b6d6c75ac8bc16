import type { Article, Block, Inline } from "@newsdoc/core/kit";

/** Where an annotation is: a path into the article, as validation errors give it. */
export type AnnotatePath = readonly (string | number)[];

/** What kind of text an inline container holds. */
export type ContainerKind = "paragraph" | "heading" | "caption" | "listItem";

/** A run of inline content annotate reads and rewrites: a paragraph, heading, caption or list item. */
export interface InlineContainer {
  readonly kind: ContainerKind;
  /** The path of the container's `children` (or caption) array. */
  readonly path: AnnotatePath;
  /** The container's inline nodes (read before, replaced after annotating). */
  children: Inline[];
  /** Whether the container follows the previous one as the next paragraph of running text. */
  readonly follows: boolean;
}

/**
 * The inline containers of an article in document order: the lead image's
 * caption, then the body (headings, paragraphs, list items, figure captions,
 * blockquote contents). Iterative, so a deeply nested body cannot overflow
 * the stack. `write` puts each container's (new) children back.
 */
export function inlineContainers(article: Article): {
  containers: InlineContainer[];
  write(): void;
} {
  const containers: InlineContainer[] = [];
  const writers: (() => void)[] = [];
  const add = (
    kind: ContainerKind,
    path: AnnotatePath,
    children: Inline[],
    set: (children: Inline[]) => void,
    follows: boolean,
  ) => {
    const container: InlineContainer = { kind, path, children, follows };
    containers.push(container);
    writers.push(() => set(container.children));
  };
  const image = article.image;
  if (image?.caption) {
    add("caption", ["image", "caption"], image.caption, (c) => (image.caption = c), false);
  }
  const stack: [Block, AnnotatePath][] = [];
  for (let i = article.body.length - 1; i >= 0; i--) stack.push([article.body[i]!, ["body", i]]);
  let previousParagraph = false;
  while (stack.length > 0) {
    const [block, path] = stack.pop()!;
    switch (block.type) {
      case "paragraph":
        add(
          "paragraph",
          [...path, "children"],
          block.children,
          (c) => (block.children = c),
          previousParagraph,
        );
        previousParagraph = true;
        break;
      case "heading":
        add("heading", [...path, "children"], block.children, (c) => (block.children = c), false);
        previousParagraph = false;
        break;
      case "figure": {
        const figureImage = block.image;
        if (figureImage.caption) {
          add(
            "caption",
            [...path, "image", "caption"],
            figureImage.caption,
            (c) => (figureImage.caption = c),
            false,
          );
        }
        break;
      }
      case "list":
        block.children.forEach((item, j) => {
          add(
            "listItem",
            [...path, "children", j, "children"],
            item.children,
            (c) => (item.children = c),
            false,
          );
        });
        previousParagraph = false;
        break;
      case "blockquote":
        for (let j = block.children.length - 1; j >= 0; j--) {
          stack.push([block.children[j]!, [...path, "children", j]]);
        }
        break;
      case "rule":
        previousParagraph = false;
        break;
    }
  }
  return {
    containers,
    write: () => {
      for (const w of writers) w();
    },
  };
}
