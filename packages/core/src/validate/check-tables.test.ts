import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Table, TableCell, TableRow } from "../model/table.js";
import { safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  type: "tableCell",
  ...extra,
  children: [text],
});
const row = (...cells: TableCell[]): TableRow => ({ type: "tableRow", children: cells });

function withTable(table: Table): Article {
  const article = validArticle();
  article.body.push(table);
  return article;
}

function issuesOf(table: Table) {
  const article = withTable(table);
  const at = article.body.length - 1;
  const result = safeParseArticle(article);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    code: i.code,
    path: i.path.slice(2),
    params: i.params,
    message: i.message,
    atTable: i.path[0] === "body" && i.path[1] === at,
  }));
}

describe("tables", () => {
  it("accepts a captioned table with a head row, row headers, spans and a mention", () => {
    const table: Table = {
      type: "table",
      caption: ["Who said what"],
      children: [
        row(cell("Who", { header: "column" }), cell("Said", { header: "column", colSpan: 2 })),
        row(
          {
            type: "tableCell",
            header: "row",
            rowSpan: 2,
            children: [{ type: "mention", entity: "peskov", text: "Peskov" }],
          },
          cell("No troops"),
          cell("Friday"),
        ),
        row(cell("Experts only", { colSpan: 2 })),
      ],
    };
    expect(issuesOf(table)).toEqual([]);
  });

  it("rejects an empty table and a row without cells", () => {
    expect(issuesOf({ type: "table", children: [] }).map((i) => [i.code, i.path])).toEqual([
      ["empty_table", ["children"]],
    ]);
    const found = issuesOf({ type: "table", children: [row(cell("a")), row()] });
    expect(found.map((i) => [i.code, i.path, i.params])).toEqual([
      ["empty_table_row", ["children", 1], { row: 1 }],
    ]);
  });

  it("rejects ragged rows, spans counted, and a hole left beside a row span", () => {
    const ragged = issuesOf({
      type: "table",
      children: [row(cell("a"), cell("b")), row(cell("c", { colSpan: 3 }))],
    });
    expect(ragged.map((i) => [i.code, i.path, i.params])).toEqual([
      ["ragged_table", ["children", 1], { row: 1, width: 3, columns: 2 }],
    ]);
    expect(ragged[0]!.message).toMatch(/Row 2 covers 3 columns .* first row covers 2 columns/);
    // Column 2 of row 2 is covered from above, column 1 by nothing: a hole, not a short row.
    const hole = issuesOf({
      type: "table",
      children: [row(cell("a"), cell("b"), cell("c", { rowSpan: 2 })), row(cell("d"))],
    });
    expect(hole.map((i) => [i.code, i.params])).toEqual([
      ["ragged_table", { row: 1, width: 3, columns: 3, gap: 1 }],
    ]);
  });

  it("rejects a cell that runs into a row span from above", () => {
    const found = issuesOf({
      type: "table",
      children: [
        row(cell("a"), cell("b", { rowSpan: 2 }), cell("c")),
        row(cell("d", { colSpan: 2 }), cell("e")),
      ],
    });
    expect(found.map((i) => [i.code, i.path, i.params])).toContainEqual([
      "table_span_overlap",
      ["children", 1, "children", 0],
      { row: 1, cell: 0, column: 1 },
    ]);
  });

  it("rejects a row span past the last row, saying how far it may go", () => {
    const found = issuesOf({
      type: "table",
      children: [row(cell("a", { rowSpan: 3 }), cell("b")), row(cell("c"))],
    });
    expect(found.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        "table_span_past_end",
        ["children", 0, "children", 0, "rowSpan"],
        { row: 0, cell: 0, rowSpan: 3, rows: 2 },
      ],
    ]);
    expect(found[0]!.message).toMatch(/set rowSpan to 2 at most/);
  });

  it("rejects zero, negative, fractional and oversized spans in the schema", () => {
    for (const colSpan of [0, -1, 1.5, 1001]) {
      const found = issuesOf({ type: "table", children: [row(cell("a", { colSpan }))] });
      expect(found.map((i) => i.path)).toEqual([["children", 0, "children", 0, "colSpan"]]);
    }
    const found = issuesOf({ type: "table", children: [row(cell("a", { rowSpan: 0 }))] });
    expect(found.map((i) => i.path)).toEqual([["children", 0, "children", 0, "rowSpan"]]);
  });

  it("rejects an empty caption and an unknown header kind", () => {
    expect(
      issuesOf({ type: "table", caption: [], children: [row(cell("a"))] }).map((i) => i.path),
    ).toEqual([["caption"]]);
    const bad = { type: "tableCell", header: "col", children: [] } as unknown as TableCell;
    expect(issuesOf({ type: "table", children: [row(bad)] }).map((i) => i.path)).toEqual([
      ["children", 0, "children", 0, "header"],
    ]);
  });

  it("stops laying out a table whose spans ask for more than a million slots", () => {
    const wide = row(...Array.from({ length: 10 }, () => cell("x", { colSpan: 1000 })));
    const rows = [wide, ...Array.from({ length: 200 }, () => wide)];
    const found = issuesOf({ type: "table", children: rows });
    expect(found.map((i) => i.code)).toEqual(["table_too_large"]);
    expect(found[0]!.params).toEqual({ row: 100, max: 1_000_000 });
  });
});
