/**
 * `@newsdoc/core`: the article model (types and zod schemas), validation
 * that checks meaning, lint, and the renderer kit.
 *
 * @packageDocumentation
 */
export * from "./kit/index.js";
export * from "./lint/index.js";
export * from "./model/index.js";
export * from "./schema/index.js";
export * from "./validate/index.js";
