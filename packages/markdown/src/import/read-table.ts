import type { Block, Inline, Table, TableCell, TableRow } from "@newsdoc/core/kit";
import type { Table as MdastTable } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { DIRECTIVE } from "../newsdoc/syntax.js";
import { numberAttribute } from "./attribute-values.js";
import { readInline } from "./read-inline.js";
import { fail, note, place, type Reader } from "./reader.js";

type Path = readonly (string | number)[];

/** Reads the blocks of a container (read-blocks' own reader, passed in to keep the files apart). */
export type ReadContainer = (node: ContainerDirective, path: Path) => Block[];

/**
 * A GFM table: its first row is the head (column headers), the others data
 * cells. Column alignment has no place in the model: reported, dropped.
 */
export function readGfmTable(reader: Reader, node: MdastTable, here: Path): Table {
  if (node.align?.some((a) => a !== null && a !== undefined)) {
    note(
      reader,
      "table-alignment-dropped",
      "The table's column alignment (`:---:`) has no place in the model: dropped, the cells kept.",
      node,
    );
  }
  const children: TableRow[] = node.children.map((row, r) => {
    place(reader, [...here, "children", r], row);
    return {
      type: "tableRow",
      children: row.children.map((cell, c): TableCell => {
        const path = [...here, "children", r, "children", c];
        place(reader, path, cell);
        const content = readInline(reader, cell.children, [...path, "children"]);
        return r === 0
          ? { type: "tableCell", header: "column", children: content }
          : { type: "tableCell", children: content };
      }),
    };
  });
  return { type: "table", children };
}

/** The one paragraph's inline content of a `:::caption` or `:::cell`; anything else is reported. */
function oneParagraph(
  reader: Reader,
  node: ContainerDirective,
  path: Path,
  readContainer: ReadContainer,
): Inline[] {
  const blocks = readContainer(node, path);
  if (blocks.length === 0) return [];
  const [only] = blocks;
  if (blocks.length > 1 || only?.type !== "paragraph") {
    note(
      reader,
      "table-cell-blocks",
      `A :::${node.name} holds one paragraph: the inline content of its first paragraph was kept, the rest dropped.`,
      node,
    );
    const first = blocks.find((b) => b.type === "paragraph");
    return first?.type === "paragraph" ? first.children : [];
  }
  return only.children;
}

const HEADERS = new Set(["column", "row"]);

function spanOf(reader: Reader, node: ContainerDirective, name: string): number | undefined {
  const value = node.attributes?.[name];
  if (value === undefined || value === null) return undefined;
  const n = numberAttribute(value);
  if (n === undefined || n < 1) {
    fail(reader, "invalid-attribute", `${name} is a whole number from 1, not "${value}".`, node);
    return undefined;
  }
  return n;
}

/**
 * `:::table` (newsdoc Markdown): an optional `:::caption`, then `:::row`s
 * of `:::cell{header=column|row colspan=n rowspan=n}`. Anything else
 * inside is reported and dropped.
 */
export function readTableDirective(
  reader: Reader,
  node: ContainerDirective,
  here: Path,
  readContainer: ReadContainer,
): Table {
  const table: Table = { type: "table", children: [] };
  for (const child of node.children) {
    if (child.type === "containerDirective" && child.name === DIRECTIVE.tableCaption) {
      if (table.caption !== undefined || table.children.length > 0)
        note(
          reader,
          "table-caption-dropped",
          "A :::table has one caption, first: this one was dropped.",
          child,
        );
      else table.caption = oneParagraph(reader, child, [...here, "caption"], readContainer);
      continue;
    }
    if (child.type === "containerDirective" && child.name === DIRECTIVE.tableRow) {
      const rowPath = [...here, "children", table.children.length];
      place(reader, rowPath, child);
      const row: TableRow = { type: "tableRow", children: [] };
      for (const c of child.children) {
        if (c.type !== "containerDirective" || c.name !== DIRECTIVE.tableCell) {
          note(
            reader,
            "table-content-dropped",
            "A :::row holds :::cell containers only: this was dropped.",
            c,
          );
          continue;
        }
        const path = [...rowPath, "children", row.children.length];
        place(reader, path, c);
        const cell: TableCell = { type: "tableCell", children: [] };
        const header = c.attributes?.header;
        if (header !== undefined && header !== null) {
          if (HEADERS.has(header)) cell.header = header as "column" | "row";
          else
            fail(reader, "invalid-attribute", `header is "column" or "row", not "${header}".`, c);
        }
        const colSpan = spanOf(reader, c, "colspan");
        if (colSpan !== undefined) cell.colSpan = colSpan;
        const rowSpan = spanOf(reader, c, "rowspan");
        if (rowSpan !== undefined) cell.rowSpan = rowSpan;
        cell.children = oneParagraph(reader, c, path, readContainer);
        row.children.push(cell);
      }
      table.children.push(row);
      continue;
    }
    note(
      reader,
      "table-content-dropped",
      "A :::table holds a :::caption and :::row containers only: this was dropped.",
      child,
    );
  }
  return table;
}
