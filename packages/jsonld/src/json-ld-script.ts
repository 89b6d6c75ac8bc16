import { type JsonLdStringOptions, jsonLdString } from "./json-ld-string.js";

/**
 * The HTML for a JSON-LD script element:
 * `<script type="application/ld+json">…</script>`, its content escaped by
 * {@link jsonLdString} so that nothing in the data can end the element or
 * start markup. This (or `jsonLdString` inside your own element) is the
 * only safe way to put JSON-LD into HTML.
 *
 * @example
 * ```ts
 * import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
 *
 * const head = `<head>${jsonLdScript(toJsonLd(article))}</head>`;
 * ```
 */
export function jsonLdScript(data: unknown, options?: JsonLdStringOptions): string {
  return `<script type="application/ld+json">${jsonLdString(data, options)}</script>`;
}
