/**
 * `@newsdoc/ans/import`: Arc XP ANS stories into newsdoc articles
 * (`fromAns`), inline HTML read through `@newsdoc/html/import`. Apart from
 * `@newsdoc/ans`, so that writing never pulls in a parser.
 *
 * @packageDocumentation
 */

export type { FromAnsOptions, FromAnsResult, FromHtmlPassOptions } from "./from-ans.js";
export { fromAns } from "./from-ans.js";
export { AnsImportError } from "./read/ans-import-error.js";
export type { Report, ReportEntry, ReportKind } from "./report.js";
export { formatReportEntry } from "./report.js";
