import type { Table, TableCell, TableRow } from "../model/table.js";

/**
 * The most grid slots (rows × columns, spans counted) a table may have:
 * a thousand rows of a thousand columns. Beyond it the layout stops and
 * reports the table as too large, so hostile spans cannot make validation
 * slow.
 */
export const MAX_TABLE_SLOTS = 1_000_000;

/** What is wrong with a table's shape, found while laying out its cells. */
export type TableShapeProblem =
  /** The grid passed {@link MAX_TABLE_SLOTS} at row `row`; the rows below were not laid out. */
  | { readonly kind: "tooLarge"; readonly row: number; readonly slots: number }
  /** The table has no rows. */
  | { readonly kind: "empty" }
  /** Row `row` has no cells of its own. */
  | { readonly kind: "emptyRow"; readonly row: number }
  /**
   * Row `row` fills `width` columns (spans from above counted) where the
   * first row fills `columns`, or leaves column `gap` empty.
   */
  | {
      readonly kind: "ragged";
      readonly row: number;
      readonly width: number;
      readonly columns: number;
      readonly gap?: number;
    }
  /** Cell `cell` of row `row` covers column `column`, which a cell above already covers with its row span. */
  | {
      readonly kind: "overlap";
      readonly row: number;
      readonly cell: number;
      readonly column: number;
    }
  /** Cell `cell` of row `row` spans `rowSpan` rows, past the table's `rows`. */
  | {
      readonly kind: "pastEnd";
      readonly row: number;
      readonly cell: number;
      readonly rowSpan: number;
      readonly rows: number;
    };

/** A table laid out on its grid of columns and rows. */
export interface TableGrid {
  /** The number of columns: what the first row fills, spans counted. */
  readonly columns: number;
  /** The column each cell starts in: `start[row][cell]`. */
  readonly start: readonly (readonly number[])[];
  /**
   * How many rows at the top are the table's head (HTML `<thead>`): the
   * leading rows made only of column headers, none of whose cells spans
   * below them. 0 when the first row has a data or row-header cell.
   */
  readonly headRows: number;
  /** True when some cell spans more than one column or row. */
  readonly spans: boolean;
  /** What is wrong with the shape, in document order; empty for a well-formed table. */
  readonly problems: readonly TableShapeProblem[];
}

/**
 * Lays a table's cells out on its grid the way HTML does (each cell takes
 * the first column its row has free, after the cells above that span into
 * it), and finds what breaks the grid: no rows, a row without cells,
 * ragged rows, spans that overlap or run past the last row. Validation
 * reports the problems; renderers read the head rows and columns.
 *
 * @example
 * ```ts
 * tableGrid(table).headRows; // 1: the first row is all column headers
 * ```
 */
export function tableGrid(table: Table): TableGrid {
  const rows = table.children;
  const problems: TableShapeProblem[] = [];
  const start: number[][] = [];
  if (rows.length === 0) problems.push({ kind: "empty" });
  // busy[c]: the first row index that column c is free again from (row spans from above).
  const busy: number[] = [];
  let columns = 0;
  let spans = false;
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.children;
    const starts: number[] = [];
    if (cells.length === 0) problems.push({ kind: "emptyRow", row: r });
    let col = 0;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      if (colSpan > 1 || rowSpan > 1) spans = true;
      while ((busy[col] ?? 0) > r) col++;
      starts.push(col);
      let overlap = -1;
      for (let k = col; k < col + colSpan; k++) {
        if (overlap < 0 && (busy[k] ?? 0) > r) overlap = k;
        busy[k] = Math.max(busy[k] ?? 0, r + rowSpan);
      }
      if (overlap >= 0) problems.push({ kind: "overlap", row: r, cell: c, column: overlap });
      if (r + rowSpan > rows.length)
        problems.push({ kind: "pastEnd", row: r, cell: c, rowSpan, rows: rows.length });
      col += colSpan;
    }
    start.push(starts);
    slots += busy.length;
    if (slots > MAX_TABLE_SLOTS) {
      problems.push({ kind: "tooLarge", row: r, slots });
      break;
    }
    // The row's width: its last covered column, holes counted as gaps.
    let width = 0;
    let gap = -1;
    for (let k = 0; k < busy.length; k++) if ((busy[k] ?? 0) > r) width = k + 1;
    for (let k = 0; k < width; k++)
      if ((busy[k] ?? 0) <= r) {
        gap = k;
        break;
      }
    if (r === 0) columns = width;
    if (cells.length > 0 && (width !== columns || gap >= 0)) {
      problems.push(
        gap >= 0
          ? { kind: "ragged", row: r, width, columns, gap }
          : { kind: "ragged", row: r, width, columns },
      );
    }
  }
  return { columns, start, headRows: tableHeadRows(rows), spans, problems };
}

/**
 * How many rows at the top of a table are its head (HTML `<thead>`): the
 * leading rows made only of column headers (`header: "column"`), cut
 * above any of their cells that spans below them (a row span cannot cross
 * from the head into the body).
 *
 * @example
 * ```ts
 * tableHeadRows(table.children); // 1
 * ```
 */
export function tableHeadRows(rows: readonly TableRow[]): number {
  let head = 0;
  while (
    head < rows.length &&
    rows[head]!.children.length > 0 &&
    rows[head]!.children.every(isColumnHeader)
  )
    head++;
  // A row span cannot cross from <thead> into <tbody>: cut the head above it.
  for (let r = head - 1; r >= 0; r--) {
    for (const cell of rows[r]!.children) if (r + (cell.rowSpan ?? 1) > head) head = r;
  }
  return head;
}

const isColumnHeader = (cell: TableCell): boolean => cell.header === "column";
