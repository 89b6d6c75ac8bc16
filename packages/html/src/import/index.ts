export type { FromHtmlResult } from "./from-html.js";
export { fromHtml } from "./from-html.js";
export type { HtmlImportErrorCode } from "./html-import-error.js";
export { HtmlImportError } from "./html-import-error.js";
export type {
  FromHtmlOptions,
  HtmlImportDefaults,
  HtmlRegistry,
  WhitespaceMode,
} from "./options.js";
export type {
  ImportReport,
  ImportReportItem,
  ImportReportKind,
  SourceLocation,
} from "./report.js";
