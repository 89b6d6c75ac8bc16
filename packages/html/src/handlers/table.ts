import { type TableRow, tableHeadRows } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { joinContent } from "../element.js";
import type { Html } from "../html.js";
import { tag } from "../tag.js";

const tableTag = tag("table");
const captionTag = tag("caption");
const trTag = tag("tr");
const theadTag = tag("thead");
const tbodyTag = tag("tbody");
const tdTag = tag("td", ["colspan", "rowspan"]);
const thTag = tag("th", ["scope", "colspan", "rowspan"]);

/**
 * `<table>` with its `<caption>` first; the rows come from the renderer's
 * `rows` container, which puts the leading rows of column headers in
 * `<thead>` and the rest in `<tbody>`.
 */
export const table: HtmlHandler<"table"> = (node, ctx) =>
  tableTag([
    node.caption !== undefined && node.caption.length > 0 && captionTag(ctx.phrasing(node.caption)),
    ctx.children(node),
  ]);

/** `<tr>` */
export const tableRow: HtmlHandler<"tableRow"> = (node, ctx) => trTag(ctx.children(node));

/** A span attribute's value: only a whole number above 1 (the default) is written. */
const span = (value: number | undefined): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 1 ? value : undefined;

/**
 * `<th scope="col">` for a column header, `<th scope="row">` for a row
 * header, `<td>` for a data cell; `colspan` / `rowspan` above 1.
 */
export const tableCell: HtmlHandler<"tableCell"> = (node, ctx) =>
  node.header === undefined
    ? tdTag(span(node.colSpan), span(node.rowSpan), ctx.children(node))
    : thTag(
        node.header === "column" ? "col" : "row",
        span(node.colSpan),
        span(node.rowSpan),
        ctx.children(node),
      );

/**
 * The `rows` container: the head rows (see `tableHeadRows`) in `<thead>`,
 * the others in `<tbody>`.
 */
export const tableRows = (rows: readonly TableRow[], each: (i: number) => Html): Html => {
  const head = tableHeadRows(rows);
  const headRows: Html[] = [];
  const bodyRows: Html[] = [];
  for (let i = 0; i < head; i++) headRows.push(each(i));
  for (let i = head; i < rows.length; i++) bodyRows.push(each(i));
  return joinContent([head > 0 && theadTag(headRows), head < rows.length && tbodyTag(bodyRows)]);
};
