import {
  type Container,
  type Table,
  type TableCell,
  type TableRow,
  tableHeadRows,
} from "@newsdoc/core/kit";
import { joinBlocks } from "../blocks.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * True when a GFM table can carry the table: no cell spans columns or
 * rows, the first row is its only head row (every cell `header: "column"`)
 * and no other cell is a header, and every row has as many cells as the
 * first. A caption is written as a paragraph above it; line breaks in a
 * cell become `&#10;`.
 */
export function fitsGfm(table: Table): boolean {
  const rows = table.children;
  if (rows.length === 0 || tableHeadRows(rows) !== 1) return false;
  const columns = rows[0]!.children.length;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.children;
    if (cells.length !== columns) return false;
    for (const cell of cells) {
      if ((cell.colSpan ?? 1) !== 1 || (cell.rowSpan ?? 1) !== 1) return false;
      if (r > 0 && cell.header !== undefined) return false;
    }
  }
  return true;
}

/**
 * A table: a GFM table when it fits (see {@link fitsGfm}), its caption a
 * paragraph above it; otherwise an HTML table whose caption and cells hold
 * Markdown between blank lines (so mentions, links and emphasis stay
 * Markdown), with `<thead>`, `scope`, `colspan` and `rowspan` as the HTML
 * renderer writes them.
 */
export function table(node: Table, ctx: MarkdownContext): Markdown {
  const outer = ctx.state.tableLayout;
  const gfm = fitsGfm(node);
  ctx.state.tableLayout = gfm ? "gfm" : "html";
  const caption =
    node.caption === undefined || node.caption.length === 0
      ? ""
      : ctx.helpers.finishLines(ctx.phrasing(node.caption), "paragraph");
  const rows = ctx.children(node);
  ctx.state.tableLayout = outer;
  if (gfm) return trusted(caption === "" ? rows : `${caption}\n\n${rows}`);
  const head = caption === "" ? "" : `<caption>\n\n${caption}\n\n</caption>\n`;
  return trusted(`<table>\n${head}${rows}\n</table>`);
}

/** The delimiter row under a GFM table's head: one `---` per column. */
const delimiterRow = (columns: number): string => `|${" --- |".repeat(columns)}`;

/**
 * The rows container: GFM rows one a line with the delimiter row after
 * the first; HTML rows in `<thead>` (the head rows) and `<tbody>`.
 */
export const rowsContainer: Container<Markdown, MarkdownContext, TableRow> = (rows, each, ctx) => {
  if (ctx.state.tableLayout === "directive") return joinBlocks(rows.map((_, i) => each(i)));
  if (ctx.state.tableLayout === "gfm") {
    let out = "";
    for (let i = 0; i < rows.length; i++) {
      out += i === 0 ? each(i) : `\n${each(i)}`;
      if (i === 0) out += `\n${delimiterRow(rows[0]!.children.length)}`;
    }
    return trusted(out);
  }
  const head = tableHeadRows(rows);
  const lines: string[] = [];
  if (head > 0) lines.push("<thead>");
  for (let i = 0; i < rows.length; i++) {
    if (i === head) {
      if (head > 0) lines.push("</thead>");
      lines.push("<tbody>");
    }
    lines.push(each(i));
  }
  lines.push(head < rows.length ? "</tbody>" : "</thead>");
  return trusted(lines.join("\n"));
};

/** A row: `| a | b |` in a GFM table; `<tr>`, its cells, `</tr>` in an HTML one. */
export function tableRow(node: TableRow, ctx: MarkdownContext): Markdown {
  return ctx.children(node);
}

/** The cells container: `| a | b |` for GFM, one cell after another for HTML. */
export const cellsContainer: Container<Markdown, MarkdownContext, TableCell> = (
  cells,
  each,
  ctx,
) => {
  if (ctx.state.tableLayout === "directive")
    return trusted(cells.map((_, i) => each(i)).join("\n"));
  const gfm = ctx.state.tableLayout === "gfm";
  let out = gfm ? "|" : "<tr>";
  for (let i = 0; i < cells.length; i++) out += gfm ? ` ${each(i)} |` : `\n${each(i)}`;
  return trusted(gfm ? out : `${out}\n</tr>`);
};

// A "|" that no backslash escapes (an even run of backslashes before it).
const UNESCAPED_PIPE = /(?<!\\)((?:\\\\)*)\|/g;

/** A span attribute, written only for a whole number above 1. */
const span = (name: string, value: number | undefined): string =>
  typeof value === "number" && Number.isInteger(value) && value > 1 ? ` ${name}="${value}"` : "";

/**
 * A cell: in a GFM table its inline Markdown on one line with every `|`
 * escaped (a bare one would end the cell, even inside a link's URL); in an
 * HTML table `<td>` or `<th scope>` around its Markdown, set off by blank
 * lines so a CommonMark reader parses it as Markdown.
 */
export function tableCell(node: TableCell, ctx: MarkdownContext): Markdown {
  const { finishLines } = ctx.helpers;
  if (ctx.state.tableLayout === "gfm") {
    return trusted(finishLines(ctx.phrasing(node), "line").replace(UNESCAPED_PIPE, "$1\\|"));
  }
  const tag = node.header === undefined ? "td" : "th";
  const scope =
    node.header === "column" ? ' scope="col"' : node.header === "row" ? ' scope="row"' : "";
  const open = `<${tag}${scope}${span("colspan", node.colSpan)}${span("rowspan", node.rowSpan)}>`;
  const content = finishLines(ctx.phrasing(node), "paragraph");
  return trusted(content === "" ? `${open}\n</${tag}>` : `${open}\n\n${content}\n\n</${tag}>`);
}
