import { describe, expect, it } from "vitest";
import type { TableCell } from "../model/table.js";
import { validArticle } from "../validate/test-fixture.js";
import { lintArticle } from "./lint-article.js";

describe("table-without-headers", () => {
  it("warns on a table without header cells, and not on one with a header row or column", () => {
    const article = validArticle();
    const data: TableCell = { type: "tableCell", children: ["12"] };
    article.body.push(
      { type: "table", children: [{ type: "tableRow", children: [data, data] }] },
      {
        type: "table",
        children: [
          {
            type: "tableRow",
            children: [{ type: "tableCell", header: "row", children: ["A"] }, data],
          },
        ],
      },
    );
    const found = lintArticle(article).filter((w) => w.rule === "table-without-headers");
    expect(found.map((w) => w.path)).toEqual([["body", article.body.length - 2]]);
    expect(found[0]!.severity).toBe("warn");
    expect(found[0]!.message).toMatch(/screen readers/);
  });
});
