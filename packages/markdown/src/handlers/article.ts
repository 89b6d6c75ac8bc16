import type { Article } from "@newsdoc/core/kit";
import { renderClaimAppendix, renderQuoteAppendix } from "../appendix.js";
import { joinBlocks } from "../blocks.js";
import { frontMatter } from "../front-matter.js";
import { renderHeader } from "../header.js";
import { renderImage } from "../image.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** The document: front matter, header, lead image, body, appendix; one final newline. */
export function article(node: Article, ctx: MarkdownContext): Markdown {
  const { appendix } = ctx.options;
  const document = joinBlocks([
    renderHeader(node, ctx),
    node.image ? renderImage(node.image, ctx) : trusted(""),
    ctx.flow(node),
    appendix === "quotes"
      ? renderQuoteAppendix(ctx)
      : appendix === "claims"
        ? renderClaimAppendix(ctx)
        : trusted(""),
  ]);
  const head = ctx.options.frontMatter ? frontMatter(node, ctx.lookup) : "";
  return trusted(`${head}${document}\n`);
}
