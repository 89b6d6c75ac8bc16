import { EMBED_PROVIDERS, type Embed } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * An embed as Markdown can carry it: a link to the item's page with the
 * provider's name (`[Arrivals by month](https://…) (Datawrapper)`), then
 * the fallback text as a paragraph. Markdown has no safe way to embed a
 * third party's page, and a reader's own renderer decides what to do with
 * the link.
 */
export function embed(node: Embed, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, link, md, joinBlocks } = ctx.helpers;
  const anchor = link(esc(node.title, "linkText"), node.url);
  const provider = node.provider === undefined ? undefined : EMBED_PROVIDERS[node.provider];
  const line = provider === undefined ? anchor : md`${anchor} (${esc(provider.name)})`;
  return joinBlocks([
    finishLines(line, "paragraph"),
    node.fallback === undefined ? md`` : finishLines(esc(node.fallback), "paragraph"),
  ]);
}
