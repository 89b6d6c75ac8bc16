/**
 * `@newsdoc/test-utils`: shared test helpers for newsdoc's packages —
 * fast-check arbitraries for hostile text, hostile URLs and valid
 * articles (and their publisher fields), the XSS corpus, output-safety
 * assertions and @newsdoc/html's element and attribute allow-list, and where the official ninjs and ANS data are.
 *
 * @packageDocumentation
 */
export * from "./article-arbitrary.js";
export * from "./assert-safe-html.js";
export * from "./bundle-for-browser.js";
export * from "./heading-ids.js";
export * from "./hostile-text.js";
export * from "./hostile-url.js";
export * from "./html-allow-list.js";
export * from "./html-tree.js";
export * from "./media-nodes-article.js";
export * from "./mentions-in.js";
export * from "./publisher-fields-arbitrary.js";
export * from "./readme-blocks.js";
export * from "./runs.js";
export * from "./script-breakout.js";
export * from "./shared-data.js";
export * from "./xss-corpus.js";
