export type { ReadRegistry, Registry } from "./entity-registry.js";
export { parseRegistry } from "./entity-registry.js";
export type { FromMarkdownOptions, MarkdownImportResult } from "./from-markdown.js";
export { fromMarkdown } from "./from-markdown.js";
export type { ImportNote, MarkdownImportIssue } from "./report.js";
export { MarkdownImportError } from "./report.js";
