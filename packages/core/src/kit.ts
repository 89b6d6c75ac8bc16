/**
 * `@newsdoc/core/kit`: the model's types and the renderer kit, with no
 * runtime dependency (no zod). Renderers import from here so that an app
 * that only renders never bundles the validator.
 *
 * @packageDocumentation
 */
export * from "./kit/index.js";
export * from "./model/index.js";
