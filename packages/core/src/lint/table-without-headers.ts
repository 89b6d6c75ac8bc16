import { visitByType } from "../model/visit.js";
import type { LintFinding, LintRule } from "./lint-rule.js";

/**
 * `table-without-headers`: a table none of whose cells is a header cell.
 * Screen readers announce a data cell with the headers of its column and
 * row; without any, a listener hears bare values and cannot tell what
 * each one is.
 */
export const tableWithoutHeaders: LintRule = {
  name: "table-without-headers",
  description:
    'A table has no header cell (`header: "column"` or `"row"`). Screen readers name each data cell by its column and row headers; without them a listener hears values without knowing what they measure.',
  defaultSeverity: "warn",
  severityReason:
    "The table still renders for sighted readers; it is inaccessible rather than wrong, and the fix (marking the header row or column) is quick.",
  check: (article) => {
    const findings: LintFinding[] = [];
    visitByType(article.body, {
      table: (table, at) => {
        for (const row of table.children)
          for (const cell of row.children) if (cell.header !== undefined) return;
        findings.push({
          rule: "table-without-headers",
          path: ["body", ...at.path()],
          message:
            'The table has no header cells: screen readers cannot say what each value is. Mark the cells of its first row header: "column" (or its first column header: "row").',
        });
      },
    });
    return findings;
  },
};
