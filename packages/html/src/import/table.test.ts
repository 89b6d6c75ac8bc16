import { parseArticle, type Table } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { fromHtml } from "./from-html.js";

function read(body: string) {
  const { article, report } = fromHtml(`<article><h1>Fees</h1>${body}</article>`);
  parseArticle(article);
  return { body: article.body, report };
}

const cellsOf = (table: Table) =>
  table.children.map((row) =>
    row.children.map((c) => {
      const words = c.children.map((n) => (typeof n === "string" ? n : n.type)).join("");
      return [c.header ?? "-", c.colSpan ?? 1, c.rowSpan ?? 1, words];
    }),
  );

describe("fromHtml: tables", () => {
  it("reads a CMS table: caption, <thead> headers without scope, row headers, spans", () => {
    const { body, report } = read(`
      <table class="data">
        <caption>Port fees, <em>2024</em></caption>
        <thead><tr><th></th><th colspan="2">Fees</th></tr></thead>
        <tbody>
          <tr><th>Rotterdam</th><td>12</td><td rowspan="2">same</td></tr>
          <tr><th>Hamburg</th><td>14</td></tr>
        </tbody>
      </table>`);
    expect(body).toHaveLength(1);
    const table = body[0] as Table;
    expect(table.type).toBe("table");
    expect(table.caption).toEqual(["Port fees, ", { type: "emphasis", children: ["2024"] }]);
    expect(cellsOf(table)).toEqual([
      [
        ["column", 1, 1, ""],
        ["column", 2, 1, "Fees"],
      ],
      [
        ["row", 1, 1, "Rotterdam"],
        ["-", 1, 1, "12"],
        ["-", 1, 2, "same"],
      ],
      [
        ["row", 1, 1, "Hamburg"],
        ["-", 1, 1, "14"],
      ],
    ]);
    // The class of the table is an attribute the model has no place for: reported.
    expect(report.map((r) => [r.kind, r.element])).toContainEqual(["attribute", "table"]);
  });

  it("takes scope over position, reads an all-header row in the body as column headers", () => {
    const { body } = read(`<table>
      <tr><th>Port</th><th>Fee</th></tr>
      <tr><td>Rotterdam</td><th scope="col">12</th></tr>
    </table>`);
    expect(cellsOf(body[0] as Table)).toEqual([
      [
        ["column", 1, 1, "Port"],
        ["column", 1, 1, "Fee"],
      ],
      [
        ["-", 1, 1, "Rotterdam"],
        ["column", 1, 1, "12"],
      ],
    ]);
  });

  it("keeps <tfoot> rows last, drops <colgroup>, pads short rows, shortens spans past the end: all reported", () => {
    const { body, report } = read(`<table>
      <colgroup><col span="2" style="width:50%"></colgroup>
      <tfoot><tr><td>Total</td><td>26</td></tr></tfoot>
      <tbody><tr><td rowspan="5">A</td><td>12</td></tr><tr><td>14</td></tr><tr></tr><tr><td>x</td><td>y</td><td>z</td></tr></tbody>
    </table>`);
    const table = body[0] as Table;
    // A's rowspan 5 runs past the 4 rows left (the empty row is dropped): 4. Row 3 starts
    // right of A, so it is 4 columns wide; the other rows are padded to it.
    const empty = ["-", 1, 1, ""];
    expect(cellsOf(table)).toEqual([
      [["-", 1, 4, "A"], ["-", 1, 1, "12"], empty, empty],
      [["-", 1, 1, "14"], empty, empty],
      [
        ["-", 1, 1, "x"],
        ["-", 1, 1, "y"],
        ["-", 1, 1, "z"],
      ],
      [["-", 1, 1, "Total"], ["-", 1, 1, "26"], empty],
    ]);
    expect(table.children.at(-1)!.children[0]!.children).toEqual(["Total"]);
    const reasons = report.filter((r) => r.reason === "table").map((r) => r.kind);
    expect(reasons).toEqual(expect.arrayContaining(["dropped", "converted", "repaired"]));
    expect(report.some((r) => /tfoot/.test(r.message))).toBe(true);
    expect(report.some((r) => /colgroup|column groups/.test(r.message))).toBe(true);
    expect(report.some((r) => /padded/.test(r.message))).toBe(true);
  });

  it("keeps the text of a table whose cells overlap, and says why", () => {
    const { body, report } = read(`<table>
      <tr><td>a</td><td rowspan="2">b</td><td>c</td></tr>
      <tr><td colspan="2">d</td><td>e</td></tr>
    </table>`);
    expect(body.every((b) => b.type === "paragraph")).toBe(true);
    expect(report.map((r) => [r.kind, r.reason])).toContainEqual(["unsupported", "table"]);
  });

  it("reads back a cell's paragraphs as one line each, and drops an image in a cell with a report", () => {
    const { body, report } = read(
      `<table><tr><th>Note</th></tr><tr><td><p>one</p><p>two</p><img src="https://x.example/a.png" alt="a"></td></tr></table>`,
    );
    const table = body[0] as Table;
    expect(table.children[1]!.children[0]!.children).toEqual(["one", { type: "break" }, "two"]);
    expect(report.some((r) => r.reason === "table" && /figure/.test(r.message))).toBe(true);
  });
});
