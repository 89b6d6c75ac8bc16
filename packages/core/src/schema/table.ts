import { z } from "zod";
import { InlineSchema } from "./inline.js";

/**
 * The most columns and rows one cell may span: HTML's own limits
 * (`colspan` is clamped to 1000, `rowspan` to 65534), so a span never asks
 * a reader for more than a browser would give.
 */
export const MAX_COL_SPAN = 1000;
/** See {@link MAX_COL_SPAN}. */
export const MAX_ROW_SPAN = 65534;

/** One cell of a table row. */
export const TableCellSchema = z.strictObject({
  type: z.literal("tableCell"),
  header: z.enum(["column", "row"]).exactOptional(),
  colSpan: z.number().int().min(1).max(MAX_COL_SPAN).exactOptional(),
  rowSpan: z.number().int().min(1).max(MAX_ROW_SPAN).exactOptional(),
  children: z.array(InlineSchema),
});

/** One row of a table: at least one cell. */
export const TableRowSchema = z.strictObject({
  type: z.literal("tableRow"),
  children: z.array(TableCellSchema),
});

/** A table: an optional caption (never empty) and its rows. */
export const TableSchema = z.strictObject({
  type: z.literal("table"),
  caption: z.array(InlineSchema).min(1).exactOptional(),
  children: z.array(TableRowSchema),
});
