/**
 * `@newsdoc/interop-kit` (internal, never published): what the ninjs and
 * ANS importers share. Bundled into each of them at build time, so their
 * published packages stand alone.
 *
 * @packageDocumentation
 */
export type { AnnotatedImport, ImportAnnotateOption } from "./annotate-import.js";
export { annotateImport } from "./annotate-import.js";
export { cleanNonBlank, cleanText, isNonBlank } from "./clean-text.js";
export type { FromHtmlPassOptions } from "./fromhtml-reader.js";
export { createHtmlReader } from "./fromhtml-reader.js";
export type { HtmlReader } from "./html-reader.js";
export { IdAllocator, slug } from "./id-allocator.js";
export type { JsonObject } from "./json-values.js";
export { describe, isObject, objectsAt, positiveInteger, stringAt } from "./json-values.js";
export { dateAt, languageAt } from "./read-fields.js";
export type { Report, ReportEntry, ReportKind } from "./report.js";
export { formatReportEntry } from "./report.js";
