import { type Table, type TableCell, tableHeadRows } from "@newsdoc/core/kit";
import type { InlineHtml } from "./block-html.js";
import type { Report } from "./report.js";
import type { AnsTable, AnsTableCellFacts } from "./types.js";

/** The `additional_properties` key under which newsdoc keeps what an ANS table cannot say. */
export const TABLE_FACTS = "newsdoc_table";

/**
 * A table as an ANS `table` element (`story_elements/table.json`): its head
 * row (column headers) as `header`, the other rows as `rows`, each cell a
 * `text` element of inline HTML. ANS has no caption, row headers, extra
 * head rows or cell spans: newsdoc keeps them in
 * `additional_properties.newsdoc_table` (reported), so its own reader gets
 * the table back; other readers see the cells as a plain grid.
 */
export function ansTable(table: Table, html: InlineHtml, at: string, report: Report): AnsTable {
  const rows = table.children;
  const head = tableHeadRows(rows) > 0 ? 1 : 0;
  const text = (cell: TableCell) => ({ type: "text" as const, content: html.get(cell) ?? "" });
  const element: AnsTable = {
    type: "table",
    rows: rows.slice(head).map((r) => r.children.map(text)),
  };
  if (head > 0) element.header = rows[0]!.children.map(text);
  // The cells whose facts ANS does not imply: a header in the head row, a data cell elsewhere.
  let special = false;
  const cells = rows.map((row, r) =>
    row.children.map((cell): AnsTableCellFacts | null => {
      const implied = r < head ? "column" : undefined;
      const facts: AnsTableCellFacts = {};
      if (cell.header !== implied && cell.header !== undefined) facts.header = cell.header;
      if (cell.header === undefined && implied !== undefined) facts.header = "none";
      if (cell.colSpan !== undefined && cell.colSpan > 1) facts.colSpan = cell.colSpan;
      if (cell.rowSpan !== undefined && cell.rowSpan > 1) facts.rowSpan = cell.rowSpan;
      if (Object.keys(facts).length === 0) return null;
      special = true;
      return facts;
    }),
  );
  const caption = table.caption !== undefined ? html.get(table) : undefined;
  if (caption !== undefined || special) {
    element.additional_properties = {
      [TABLE_FACTS]: {
        ...(caption !== undefined ? { caption } : {}),
        ...(special ? { cells } : {}),
      },
    };
    report.push({
      kind: "approximated",
      path: at,
      message: `ANS tables have no ${[caption !== undefined ? "caption" : "", special ? "row headers or cell spans" : ""].filter(Boolean).join(" and ")}: kept in additional_properties.${TABLE_FACTS} for newsdoc; other readers see a plain grid.`,
    });
  }
  return element;
}
