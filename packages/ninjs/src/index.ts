/**
 * `@newsdoc/ninjs`: newsdoc articles as IPTC ninjs 3.1 items. This entry
 * writes (`toNinjs`); `@newsdoc/ninjs/import` reads (`fromNinjs`).
 *
 * @packageDocumentation
 */

export type { BodyHtmlOptions } from "./body-html.js";
export type { Report, ReportEntry, ReportKind } from "./report.js";
export { formatReportEntry } from "./report.js";
export type { ToNinjsOptions, ToNinjsResult } from "./to-ninjs.js";
export { toNinjs, toNinjsWithReport } from "./to-ninjs.js";
export type * from "./types.js";
export { NINJS_SCHEMA_URI, NINJS_VERSION } from "./types.js";
