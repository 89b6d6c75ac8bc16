import { MAX_TABLE_SLOTS, type TableShapeProblem, tableGrid } from "../kit/table-grid.js";
import type { Article } from "../model/article.js";
import { visitByType } from "../model/visit.js";
import { type IssuePath, issue, type ValidationIssue } from "./issue.js";

const cellWord = (n: number): string => `${n} column${n === 1 ? "" : "s"}`;

/** One shape problem of the table at `path` as an issue. */
function tableIssue(problem: TableShapeProblem, path: IssuePath): ValidationIssue {
  switch (problem.kind) {
    case "empty":
      return issue(
        "empty_table",
        [...path, "children"],
        "The table has no rows: give it at least one row of cells, or remove it.",
        {},
      );
    case "emptyRow":
      return issue(
        "empty_table_row",
        [...path, "children", problem.row],
        `Row ${problem.row + 1} has no cells: give it its cells (a cell spanning into it from above does not count), or remove the row and shorten the row spans above it.`,
        { row: problem.row },
      );
    case "ragged": {
      const { row, width, columns, gap } = problem;
      const message =
        gap !== undefined
          ? `Row ${row + 1} leaves column ${gap + 1} empty: no cell of its own or from above covers it. Add a cell there or change the spans so every row covers all ${cellWord(columns)}.`
          : `Row ${row + 1} covers ${cellWord(width)} (spans counted) but the first row covers ${cellWord(columns)}: every row of a table covers the same columns. Add or remove cells, or change their colSpan or rowSpan.`;
      return issue("ragged_table", [...path, "children", row], message, {
        row,
        width,
        columns,
        ...(gap !== undefined ? { gap } : {}),
      });
    }
    case "overlap":
      return issue(
        "table_span_overlap",
        [...path, "children", problem.row, "children", problem.cell],
        `This cell runs into column ${problem.column + 1}, which a cell above already covers with its rowSpan: shorten this cell's colSpan or the rowSpan above.`,
        { row: problem.row, cell: problem.cell, column: problem.column },
      );
    case "pastEnd":
      return issue(
        "table_span_past_end",
        [...path, "children", problem.row, "children", problem.cell, "rowSpan"],
        `This cell spans ${problem.rowSpan} rows from row ${problem.row + 1}, past the table's last row (${problem.rows}): set rowSpan to ${problem.rows - problem.row} at most.`,
        {
          row: problem.row,
          cell: problem.cell,
          rowSpan: problem.rowSpan,
          rows: problem.rows,
        },
      );
    case "tooLarge":
      return issue(
        "table_too_large",
        [...path, "children", problem.row],
        `The table's grid passes ${MAX_TABLE_SLOTS.toLocaleString("en")} cells (rows × columns, spans counted) at row ${problem.row + 1}: split it into smaller tables or reduce the spans.`,
        { row: problem.row, max: MAX_TABLE_SLOTS },
      );
  }
}

/**
 * Tables' meaning: at least one row, every row with cells of its own, and
 * a grid that holds (every row covers the first row's columns once spans
 * are counted, no two cells cover one slot, no row span past the last
 * row), so that every renderer and reader sees the same table.
 */
export function checkTables(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  visitByType(article, {
    table(node, at) {
      const { problems } = tableGrid(node);
      if (problems.length === 0) return;
      const path = at.path();
      for (const problem of problems) issues.push(tableIssue(problem, path));
    },
  });
  return issues;
}
