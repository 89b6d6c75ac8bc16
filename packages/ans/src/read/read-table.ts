import type { Block, Table, TableCell, TableRow } from "@newsdoc/core";
import { MAX_COL_SPAN, MAX_ROW_SPAN } from "@newsdoc/core";
import { tableGrid } from "@newsdoc/core/kit";
import { isObject, type JsonObject } from "@newsdoc/interop-kit";
import { TABLE_FACTS } from "../ans-table.js";
import type { ElementContext } from "./read-elements.js";

const span = (value: unknown, max: number): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 1 && value <= max
    ? value
    : undefined;

/**
 * An ANS `table`: `header` as a row of column headers, `rows` as data
 * rows, each `text` cell's inline HTML read through `fromHtml`; newsdoc's
 * own `additional_properties.newsdoc_table` (caption, header kinds,
 * spans) read back. `undefined` when the cells do not make a table the
 * model can hold (no rows, or a grid that does not hold once spans are
 * counted): the caller keeps their text.
 */
export function readTable(
  element: JsonObject,
  at: string,
  ctx: ElementContext,
): Block[] | undefined {
  const source: { cells: unknown[]; path: string; head: boolean }[] = [];
  if (Array.isArray(element.header) && element.header.length > 0)
    source.push({ cells: element.header, path: `${at}.header`, head: true });
  if (Array.isArray(element.rows))
    element.rows.forEach((row, r) => {
      if (Array.isArray(row)) source.push({ cells: row, path: `${at}.rows[${r}]`, head: false });
    });
  const extra = isObject(element.additional_properties)
    ? element.additional_properties[TABLE_FACTS]
    : undefined;
  const facts = isObject(extra) ? extra : undefined;
  const factRows = facts !== undefined && Array.isArray(facts.cells) ? facts.cells : [];
  const rows: TableRow[] = source.map((row, r) => {
    const factRow = Array.isArray(factRows[r]) ? (factRows[r] as unknown[]) : [];
    return {
      type: "tableRow",
      children: row.cells.map((cell, c): TableCell => {
        const path = `${row.path}[${c}]`;
        const out: TableCell = { type: "tableCell", children: [] };
        if (isObject(cell) && cell.type === "text" && typeof cell.content === "string")
          out.children = ctx.html.inline(cell.content, `${path}.content`);
        else
          ctx.report.push({
            kind: "dropped",
            path,
            message: "A table cell that is not a text element: kept as an empty cell.",
          });
        const f = isObject(factRow[c]) ? (factRow[c] as JsonObject) : undefined;
        const header = f?.header;
        if (header === "column" || header === "row") out.header = header;
        else if (header !== "none" && row.head) out.header = "column";
        const colSpan = span(f?.colSpan, MAX_COL_SPAN);
        if (colSpan !== undefined) out.colSpan = colSpan;
        const rowSpan = span(f?.rowSpan, MAX_ROW_SPAN);
        if (rowSpan !== undefined) out.rowSpan = rowSpan;
        return out;
      }),
    };
  });
  const table: Table = { type: "table", children: rows };
  if (facts !== undefined && typeof facts.caption === "string") {
    const caption = ctx.html.inline(
      facts.caption,
      `${at}.additional_properties.${TABLE_FACTS}.caption`,
    );
    if (caption.length > 0) table.caption = caption;
  }
  if (tableGrid(table).problems.length > 0) return undefined;
  return [table];
}
