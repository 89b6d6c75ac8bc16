import { type Article, type Node, plainText } from "@newsdoc/core/kit";
import type { HtmlOptions } from "@newsdoc/html";
import { toHtml } from "@newsdoc/html";

/** The `toHtml` options a ninjs item passes on to its HTML bodies and captions. */
export type BodyHtmlOptions = Partial<Pick<HtmlOptions, "classPrefix" | "mentions">>;

/**
 * Nodes of the article (its body blocks, or a caption's inline nodes) as
 * HTML, through `toHtml`: the same markup, escaping, URL policy and
 * `data-entity` / `data-quote` hooks as the page, without the header, lead
 * figure and appendices that ninjs carries in its own fields.
 */
export function htmlOf(article: Article, nodes: readonly Node[], options: BodyHtmlOptions): string {
  return toHtml(article, {
    ...options,
    handlers: { article: (_node, ctx) => ctx.children(nodes) },
    // A custom node (defineNode) keeps its plain text; bodyLosses reports its data as dropped.
    fallback: (node, ctx) =>
      ctx.helpers.element(
        "p",
        { "data-newsdoc-custom": node.type },
        ctx.helpers.escapeText(plainText(node as never)),
      ),
  });
}

/**
 * The body as HTML in `toHtml`'s own body wrapper, `<div class="nd-body">`:
 * the mark by which `fromNinjs` knows newsdoc's markup and reads it back
 * exactly.
 */
export function bodyHtml(article: Article, options: BodyHtmlOptions): string {
  const prefix = options.classPrefix ?? "nd-";
  return `<div class="${prefix}body">${htmlOf(article, article.body, options)}</div>`;
}
