export { jsonLdScript } from "./json-ld-script.js";
export type { JsonLdStringOptions } from "./json-ld-string.js";
export { jsonLdString } from "./json-ld-string.js";
export type { ToJsonLdOptions } from "./options.js";
export { toJsonLd } from "./to-json-ld.js";
export type { JsonLdGraph, JsonLdNode } from "./types.js";
