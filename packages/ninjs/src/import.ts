/**
 * `@newsdoc/ninjs/import`: IPTC ninjs items into newsdoc articles
 * (`fromNinjs`), HTML bodies read through `@newsdoc/html/import`. Apart
 * from `@newsdoc/ninjs`, so that writing never pulls in a parser.
 *
 * @packageDocumentation
 */

export type { FromHtmlPassOptions, FromNinjsOptions, FromNinjsResult } from "./from-ninjs.js";
export { fromNinjs } from "./from-ninjs.js";
export { NinjsImportError } from "./read/ninjs-import-error.js";
export type { Report, ReportEntry, ReportKind } from "./report.js";
export { formatReportEntry } from "./report.js";
