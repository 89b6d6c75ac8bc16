/**
 * `@newsdoc/markdown/import`: reading newsdoc Markdown (and plain
 * CommonMark) into a validated article — `fromMarkdown`. A separate entry
 * so that no renderer bundle pulls in the Markdown parser, YAML or zod.
 *
 * @packageDocumentation
 */
export * from "./import/index.js";
