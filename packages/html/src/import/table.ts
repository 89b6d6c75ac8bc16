import type { Block, Inline, Table, TableCell, TableHeaderScope, TableRow } from "@newsdoc/core";
import { MAX_COL_SPAN, MAX_ROW_SPAN } from "@newsdoc/core";
import { tableGrid } from "@newsdoc/core/kit";
import { type ImportContext, reportAttributes, reportElement } from "./context.js";
import { attr, type Element, isElement, isText } from "./dom.js";
import { finishInline } from "./finish-inline.js";
import { inlinePieces } from "./inline.js";
import { isHoist, type Piece } from "./pieces.js";

type Section = "head" | "body" | "foot";
interface SourceRow {
  element: Element;
  section: Section;
  /** The row's index in its section (thead, a tbody, tfoot, or the bare rows). */
  index: number;
  /** The number of rows in its section, for `rowspan="0"`. */
  sectionRows: number;
}

/** HTML's rules for a span attribute: leading digits, 0 allowed for rowspan, clamped. */
function spanAttribute(value: string | undefined, max: number, zero: boolean): number | "rest" {
  if (value === undefined) return 1;
  const match = /^\s*(\d+)/.exec(value);
  if (match === null) return 1;
  const n = Number(match[1]);
  if (n === 0) return zero ? "rest" : 1;
  return Math.min(n, max);
}

/** The rows of a table in source order, with their section; anything else is reported. */
function sourceRows(table: Element, ctx: ImportContext): { caption?: Element; rows: SourceRow[] } {
  let caption: Element | undefined;
  const head: SourceRow[] = [];
  const body: SourceRow[] = [];
  const foot: SourceRow[] = [];
  const group = (rows: Element[], section: Section, into: SourceRow[]) => {
    for (let index = 0; index < rows.length; index++)
      into.push({ element: rows[index]!, section, index, sectionRows: rows.length });
  };
  const rowsOf = (section: Element): Element[] => {
    const rows: Element[] = [];
    for (const child of section.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else
        reportElement(
          ctx,
          "dropped",
          "table",
          child,
          `<${child.tagName}> inside <${section.tagName}> dropped: a row group holds rows.`,
          true,
        );
    }
    return rows;
  };
  let bare: Element[] = [];
  const flushBare = () => {
    if (bare.length > 0) group(bare, "body", body);
    bare = [];
  };
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (tag === "tr") {
      bare.push(child);
      continue;
    }
    flushBare();
    if (tag === "caption" && caption === undefined) caption = child;
    else if (tag === "thead") {
      reportAttributes(ctx, child);
      group(rowsOf(child), "head", head);
    } else if (tag === "tbody") {
      reportAttributes(ctx, child);
      group(rowsOf(child), "body", body);
    } else if (tag === "tfoot") {
      reportAttributes(ctx, child);
      const rows = rowsOf(child);
      if (rows.length > 0)
        reportElement(
          ctx,
          "converted",
          "table",
          child,
          "The table's footer rows (<tfoot>) were kept as its last rows: the model has no footer.",
        );
      group(rows, "foot", foot);
    } else if (tag === "colgroup" || tag === "col") {
      reportElement(
        ctx,
        "dropped",
        "table",
        child,
        `<${tag}> dropped: column groups and their widths or styles have no place in the model.`,
      );
    } else {
      reportElement(
        ctx,
        "dropped",
        "table",
        child,
        `<${tag}> inside <table> dropped: a table holds a caption and rows.`,
        true,
      );
    }
  }
  flushBare();
  return caption === undefined
    ? { rows: [...head, ...body, ...foot] }
    : { caption, rows: [...head, ...body, ...foot] };
}

/** A cell's or caption's content as inline nodes; blocks inside (images) are reported and dropped. */
function cellInline(element: Element, ctx: ImportContext): Inline[] {
  ctx.elementDepth++;
  let pieces: Piece[];
  try {
    pieces = inlinePieces(element.childNodes, ctx, {
      container: "paragraph",
      inLink: false,
      marks: 0,
    });
  } finally {
    ctx.elementDepth--;
  }
  const kept = pieces.filter((p) => !isHoist(p));
  if (kept.length !== pieces.length)
    reportElement(
      ctx,
      "dropped",
      "table",
      element,
      `A figure inside <${element.tagName}> was dropped: a table cell holds inline content only.`,
    );
  return finishInline(kept, ctx);
}

/** What a header cell labels: its `scope`, else where it is (HTML's "auto" state). */
function headerOf(cell: Element, row: SourceRow, allHeaders: boolean): TableHeaderScope {
  const scope = (attr(cell, "scope") ?? "").trim().toLowerCase();
  if (scope === "col" || scope === "colgroup") return "column";
  if (scope === "row" || scope === "rowgroup") return "row";
  return row.section === "head" || allHeaders ? "column" : "row";
}

function readRow(row: SourceRow, ctx: ImportContext): TableRow {
  const cells = row.element.childNodes.filter(
    (c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"),
  );
  for (const child of row.element.childNodes) {
    if (isElement(child) && child.tagName !== "td" && child.tagName !== "th")
      reportElement(
        ctx,
        "dropped",
        "table",
        child,
        `<${child.tagName}> inside <tr> dropped: a row holds cells.`,
        true,
      );
    else if (isText(child) && child.value.trim() !== "")
      reportElement(
        ctx,
        "dropped",
        "table",
        row.element,
        "Text between a row's cells dropped: a row holds cells.",
        true,
      );
  }
  reportAttributes(ctx, row.element);
  const allHeaders = cells.length > 0 && cells.every((c) => c.tagName === "th");
  return {
    type: "tableRow",
    children: cells.map((element): TableCell => {
      reportAttributes(ctx, element, ["scope", "colspan", "rowspan"]);
      const cell: TableCell = { type: "tableCell", children: [] };
      if (element.tagName === "th") cell.header = headerOf(element, row, allHeaders);
      const colSpan = spanAttribute(attr(element, "colspan"), MAX_COL_SPAN, false);
      if (colSpan !== 1) cell.colSpan = colSpan as number;
      const rowSpan = spanAttribute(attr(element, "rowspan"), MAX_ROW_SPAN, true);
      if (rowSpan === "rest") {
        const rest = row.sectionRows - row.index;
        if (rest > 1) cell.rowSpan = rest;
        reportElement(
          ctx,
          "converted",
          "table",
          element,
          `rowspan="0" (to the end of its row group) became rowspan ${rest}.`,
        );
      } else if (rowSpan !== 1) cell.rowSpan = rowSpan;
      cell.children = cellInline(element, ctx);
      return cell;
    }),
  };
}

/**
 * Mends what browsers forgive and the model does not: rows without cells
 * are dropped, row spans past the last row shortened, short rows padded
 * with empty cells; each reported. Returns false when the grid still does
 * not hold (cells overlapping, holes beside row spans).
 */
function mend(table: Table, element: Element, ctx: ImportContext): boolean {
  const kept = table.children.filter((row) => row.children.length > 0);
  if (kept.length !== table.children.length) {
    reportElement(
      ctx,
      "dropped",
      "table",
      element,
      `${table.children.length - kept.length} row(s) without cells dropped.`,
    );
    table.children = kept;
  }
  if (table.children.length === 0) return false;
  let grid = tableGrid(table);
  for (const p of grid.problems) {
    if (p.kind !== "pastEnd") continue;
    const cell = table.children[p.row]!.children[p.cell]!;
    const rest = p.rows - p.row;
    if (rest > 1) cell.rowSpan = rest;
    else delete cell.rowSpan;
    reportElement(
      ctx,
      "converted",
      "table",
      element,
      `A cell's rowspan ${p.rowSpan} ran past the table's last row: shortened to ${rest}.`,
    );
  }
  grid = tableGrid(table);
  const ragged = grid.problems.filter((p) => p.kind === "ragged");
  if (ragged.some((p) => p.kind === "ragged" && p.gap !== undefined)) return false;
  if (ragged.length > 0) {
    let width = grid.columns;
    for (const p of ragged) if (p.kind === "ragged") width = Math.max(width, p.width);
    const widths = new Map<number, number>();
    for (const p of ragged) if (p.kind === "ragged") widths.set(p.row, p.width);
    let padded = 0;
    table.children.forEach((row, r) => {
      const missing = width - (widths.get(r) ?? grid.columns);
      for (let i = 0; i < missing; i++) row.children.push({ type: "tableCell", children: [] });
      if (missing > 0) padded++;
    });
    reportElement(
      ctx,
      "repaired",
      "table",
      element,
      `${padded} short row(s) padded with empty cells to the table's ${width} columns.`,
    );
  }
  return tableGrid(table).problems.length === 0;
}

/**
 * `<table>` as a newsdoc table: its caption, its rows (`<thead>` first,
 * `<tfoot>` last), `<th>` as header cells (`scope`, else column headers in
 * the head or in an all-header row, row headers elsewhere), `colspan` and
 * `rowspan`. Returns false, having added nothing, when the table cannot be
 * one (no rows, or a grid that does not hold): the caller keeps its text.
 */
export function tableBlock(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const before = ctx.report.length;
  const { caption, rows } = sourceRows(element, ctx);
  const table: Table = { type: "table", children: rows.map((row) => readRow(row, ctx)) };
  if (caption !== undefined) {
    reportAttributes(ctx, caption);
    const words = cellInline(caption, ctx);
    if (words.length > 0) table.caption = words;
  }
  if (!mend(table, element, ctx)) {
    ctx.report.length = before;
    return false;
  }
  reportAttributes(ctx, element);
  out.push(table);
  return true;
}
