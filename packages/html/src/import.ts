/**
 * `@newsdoc/html/import`: read an article from HTML (`fromHtml`). A
 * separate entry point, so the renderers' bundles never pull in the HTML
 * parser.
 *
 * @packageDocumentation
 */
export * from "./import/index.js";
