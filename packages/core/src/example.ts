/**
 * `@newsdoc/core/example`: the example article as typed data — the complete
 * `article` and its named parts `entities`, `quotes` and `claims`. Like
 * `@newsdoc/core/kit`, it has no runtime dependency (no zod).
 *
 * @packageDocumentation
 */
export * from "./example/index.js";
