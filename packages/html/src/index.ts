export type {
  ChunkSink,
  ClassNameKey,
  ClassNames,
  ClassNameTable,
  DateKind,
  Labels,
  LabelsOption,
} from "@newsdoc/core/kit";
export {
  CLASS_NAMES,
  classNames,
  DEFAULT_LABELS,
  formatDateEnglish,
  SAFE_URL_SCHEMES,
  safeUrl,
} from "@newsdoc/core/kit";
export type { HtmlContext, HtmlHandler } from "./context.js";
export type { HtmlDocumentOptions } from "./document/to-html-document.js";
export {
  pipeHtmlDocument,
  toHtmlDocument,
  toHtmlDocumentChunks,
  toHtmlDocumentStream,
} from "./document/to-html-document.js";
export type { Attributes, AttributeValue, HtmlContent } from "./element.js";
export { element } from "./element.js";
export type { EscapeContext } from "./escape.js";
export { ESCAPES, escapeAttribute, escapeText } from "./escape.js";
export type { HtmlHelpers } from "./helpers.js";
export { htmlHelpers } from "./helpers.js";
export type { Html } from "./html.js";
export { trusted } from "./html.js";
export type { HtmlHole } from "./html-template.js";
export { html } from "./html-template.js";
export type { AppendixKind, HtmlLabels, HtmlOptions } from "./options.js";
export { DEFAULT_HTML_OPTIONS } from "./options.js";
export type { PrettyPrinter } from "./pretty.js";
export { createPrettyPrinter } from "./pretty.js";
export type { HtmlRenderer } from "./renderer.js";
export { htmlRenderer } from "./renderer.js";
export type { HtmlState } from "./state.js";
export type { TagBuilder, TagValues, VoidTagName } from "./tag.js";
export { tag } from "./tag.js";
export type { ToHtmlOptions } from "./to-html.js";
export { toHtml } from "./to-html.js";
export { pipeHtml, toHtmlChunks, toHtmlStream } from "./to-html-stream.js";
