import { type TableRow, tableHeadRows } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/**
 * `<table>` with its `<caption>` first; the rows come from the renderer's
 * `rows` container, which puts the leading rows of column headers in
 * `<thead>` and the rest in `<tbody>`.
 */
export const table: HtmlHandler<"table"> = (node, ctx) => {
  const caption =
    node.caption !== undefined && node.caption.length > 0
      ? `<caption>${ctx.phrasing(node.caption)}</caption>`
      : "";
  return `<table>${caption}${ctx.children(node)}</table>` as Html;
};

/** `<tr>` */
export const tableRow: HtmlHandler<"tableRow"> = (node, ctx) =>
  `<tr>${ctx.children(node)}</tr>` as Html;

/** A span attribute, written only for a whole number above 1 (the default). */
const span = (name: string, value: number | undefined): string =>
  typeof value === "number" && Number.isInteger(value) && value > 1 ? ` ${name}="${value}"` : "";

/**
 * `<th scope="col">` for a column header, `<th scope="row">` for a row
 * header, `<td>` for a data cell; `colspan` / `rowspan` above 1.
 */
export const tableCell: HtmlHandler<"tableCell"> = (node, ctx) => {
  const tag = node.header === undefined ? "td" : "th";
  const scope =
    node.header === "column" ? ' scope="col"' : node.header === "row" ? ' scope="row"' : "";
  return `<${tag}${scope}${span("colspan", node.colSpan)}${span("rowspan", node.rowSpan)}>${ctx.children(node)}</${tag}>` as Html;
};

/**
 * The `rows` container: the head rows (see `tableHeadRows`) in `<thead>`,
 * the others in `<tbody>`.
 */
export const tableRows = (rows: readonly TableRow[], each: (i: number) => Html): Html => {
  const head = tableHeadRows(rows);
  let out = "";
  if (head > 0) {
    out += "<thead>";
    for (let i = 0; i < head; i++) out += each(i);
    out += "</thead>";
  }
  if (head < rows.length) {
    out += "<tbody>";
    for (let i = head; i < rows.length; i++) out += each(i);
    out += "</tbody>";
  }
  return out as Html;
};
