/**
 * `@newsdoc/test-utils`: shared test helpers for newsdoc's packages —
 * fast-check arbitraries for hostile text, hostile URLs and valid
 * articles, the XSS corpus, and output-safety assertions.
 *
 * @packageDocumentation
 */
export * from "./article-arbitrary.js";
export * from "./assert-safe-html.js";
export * from "./body-nodes-article.js";
export * from "./hostile-text.js";
export * from "./hostile-url.js";
export * from "./html-tree.js";
export * from "./runs.js";
export * from "./xss-corpus.js";
