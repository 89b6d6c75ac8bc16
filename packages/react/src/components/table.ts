import { tableHeadRows } from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import type { NodeComponent } from "../context.js";

/**
 * `<table>`: its `<caption>`, the leading rows of column headers in
 * `<thead>` (see `tableHeadRows`), the others in `<tbody>`, as
 * `@newsdoc/html` writes it.
 */
export const Table: NodeComponent<"table"> = ({ node, children, context }) => {
  const rows = (Array.isArray(children) ? children : [children]) as ReactNode[];
  const head = tableHeadRows(node.children);
  const caption =
    node.caption !== undefined && node.caption.length > 0
      ? createElement("caption", null, context.render.nodes(node.caption, node))
      : null;
  return createElement(
    "table",
    null,
    caption,
    head > 0 ? createElement("thead", null, rows.slice(0, head)) : null,
    head < rows.length ? createElement("tbody", null, rows.slice(head)) : null,
  );
};

/** `<tr>` */
export const TableRow: NodeComponent<"tableRow"> = ({ children }) =>
  createElement("tr", null, children);

const span = (value: number | undefined): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 1 ? value : undefined;

/** `<th scope="col|row">` for a header cell, `<td>` for a data cell; `colSpan` / `rowSpan` above 1. */
export const TableCell: NodeComponent<"tableCell"> = ({ node, children }) =>
  createElement(
    node.header === undefined ? "td" : "th",
    {
      scope: node.header === "column" ? "col" : node.header === "row" ? "row" : undefined,
      colSpan: span(node.colSpan),
      rowSpan: span(node.rowSpan),
    },
    children,
  );
