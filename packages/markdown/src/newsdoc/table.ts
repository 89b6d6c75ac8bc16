import type { Table, TableCell, TableRow } from "@newsdoc/core/kit";
import { joinBlocks } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { attributes } from "./attributes.js";
import { containerDirective } from "./container-fence.js";
import { paragraph } from "./handlers.js";
import { DIRECTIVE } from "./syntax.js";

/**
 * `:::table`: its caption as a `:::caption` (one paragraph), then one
 * `:::row` per row, each holding one `:::cell{header=… colspan=… rowspan=…}`
 * per cell (one paragraph). Every field is written, so the table reads
 * back as it is, spans included.
 */
export function table(node: Table, ctx: MarkdownContext): Markdown {
  const outer = ctx.state.tableLayout;
  ctx.state.tableLayout = "directive";
  const caption =
    node.caption === undefined
      ? trusted("")
      : containerDirective(
          DIRECTIVE.tableCaption,
          trusted(""),
          paragraph({ type: "paragraph", children: node.caption }, ctx),
        );
  const rows = ctx.children(node);
  ctx.state.tableLayout = outer;
  return containerDirective(DIRECTIVE.table, trusted(""), joinBlocks([caption, rows]));
}

/** `:::row` around the row's cells. */
export function tableRow(node: TableRow, ctx: MarkdownContext): Markdown {
  return containerDirective(DIRECTIVE.tableRow, trusted(""), ctx.children(node));
}

/** `:::cell{header=column colspan=2}` around one paragraph of the cell's inline content. */
export function tableCell(node: TableCell, ctx: MarkdownContext): Markdown {
  const attrs = attributes(undefined, {
    header: node.header,
    colspan: node.colSpan,
    rowspan: node.rowSpan,
  });
  const content = paragraph({ type: "paragraph", children: node.children }, ctx);
  return containerDirective(DIRECTIVE.tableCell, attrs, content);
}
