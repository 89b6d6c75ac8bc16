import type { Article, Block, Image, ListItem, TableCell } from "@newsdoc/core/kit";
import type { HtmlOptions } from "@newsdoc/html";
import { toHtml } from "@newsdoc/html";

/** The `toHtml` options ANS text passes on. */
export type InlineHtmlOptions = Partial<Pick<HtmlOptions, "classPrefix" | "mentions">>;

/** Inline HTML by node: paragraphs, headings, editor's notes, list items, image captions and aside titles (by the aside). */
export type InlineHtml = Map<Block | ListItem | TableCell | Image, string>;

/**
 * The inline HTML of every paragraph, heading, list item and caption of
 * the article, from one `toHtml` walk: ANS text elements hold inline HTML
 * (`content`), and this is the same markup, escaping, URL policy and
 * `data-entity` / `data-quote` hooks the page has.
 */
export function inlineHtml(article: Article, options: InlineHtmlOptions): InlineHtml {
  const parts: InlineHtml = new Map();
  toHtml(article, {
    ...options,
    handlers: {
      article: (node, ctx) => {
        const image = (img: Image) => {
          if (img.caption && img.caption.length > 0) parts.set(img, ctx.children(img.caption));
        };
        const walk = (blocks: readonly Block[]) => {
          for (const block of blocks) {
            if (
              block.type === "paragraph" ||
              block.type === "heading" ||
              block.type === "editorsNote"
            ) {
              parts.set(block, ctx.children(block));
            } else if (block.type === "list") {
              for (const item of block.children) parts.set(item, ctx.children(item));
            } else if (block.type === "blockquote") walk(block.children);
            else if (block.type === "aside") {
              parts.set(block, ctx.children(block.title));
              walk(block.children);
            } else if (block.type === "figure") image(block.image);
            else if (block.type === "table") {
              if (block.caption !== undefined) parts.set(block, ctx.children(block.caption));
              for (const row of block.children)
                for (const cell of row.children) parts.set(cell, ctx.children(cell));
            }
          }
        };
        if (node.image) image(node.image);
        walk(node.body);
        return ctx.children([]);
      },
    },
  });
  return parts;
}
