import type { Inline } from "./inline.js";

/**
 * What a header cell labels: the cells below it (`"column"`, HTML
 * `<th scope="col">`) or the cells beside it in its row (`"row"`,
 * `<th scope="row">`).
 */
export type TableHeaderScope = "column" | "row";

/**
 * One cell of a table row: inline content (mentions and quote spans
 * allowed), a header kind for header cells, and the columns and rows it
 * spans.
 *
 * @example
 * ```ts
 * const cell: TableCell = { type: "tableCell", header: "column", children: ["Country"] };
 * ```
 */
export interface TableCell {
  /** Always `"tableCell"`. */
  type: "tableCell";
  /**
   * Set on a header cell: `"column"` labels the cells below it, `"row"` the
   * cells to its right. A data cell has none. HTML: `<th scope="col|row">`.
   */
  header?: TableHeaderScope;
  /** How many columns the cell covers (a whole number, 1 or more; default 1). HTML `colspan`. */
  colSpan?: number;
  /** How many rows the cell covers, this one included (a whole number, 1 or more; default 1). HTML `rowspan`. */
  rowSpan?: number;
  /** The cell's text, as inline nodes. */
  children: Inline[];
}

/** One row of a table: its cells, left to right. */
export interface TableRow {
  /** Always `"tableRow"`. */
  type: "tableRow";
  /** The row's cells, in order; a cell spanning rows from above takes no place here. */
  children: TableCell[];
}

/**
 * A table of data: an optional caption, then rows of cells. Header cells
 * say what they label (`header: "column"` or `"row"`); rows made only of
 * column headers at the top are the table's head (HTML `<thead>`). Cells
 * may span columns and rows; validation checks that every row fills the
 * same number of columns once spans are counted.
 *
 * @example
 * ```ts
 * const table: Table = {
 *   type: "table",
 *   caption: ["Who said what"],
 *   children: [
 *     { type: "tableRow", children: [
 *       { type: "tableCell", header: "column", children: ["Who"] },
 *       { type: "tableCell", header: "column", children: ["Said"] },
 *     ] },
 *     { type: "tableRow", children: [
 *       { type: "tableCell", header: "row", children: [{ type: "mention", entity: "peskov", text: "Peskov" }] },
 *       { type: "tableCell", children: ["No troops"] },
 *     ] },
 *   ],
 * };
 * ```
 */
export interface Table {
  /** Always `"table"`. */
  type: "table";
  /** What the table shows, as inline nodes (HTML `<caption>`); never empty when present. */
  caption?: Inline[];
  /** The table's rows, top to bottom; at least one, each with at least one cell. */
  children: TableRow[];
}
