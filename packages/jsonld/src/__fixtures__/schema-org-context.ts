import { loadVocabulary } from "./schema-vocabulary.js";

/** The URLs a document's `"@context": "https://schema.org"` may be fetched as. */
const SCHEMA_ORG = new Set(["https://schema.org", "https://schema.org/", "http://schema.org/"]);

let cached: { "@context": Record<string, unknown> } | undefined;

/**
 * schema.org's JSON-LD context, built offline from the vocabulary in
 * `../shared/data` the way schema.org's published context is built: every
 * term under `"@vocab": "http://schema.org/"` (the published context's
 * namespace), and the properties whose only range is `URL` typed `@id`, so
 * their values are IRIs (`url`, `sameAs`, the policy pages).
 */
export function schemaOrgContext(): { "@context": Record<string, unknown> } {
  if (cached) return cached;
  const context: Record<string, unknown> = { "@vocab": "http://schema.org/" };
  for (const [name, { ranges }] of loadVocabulary().properties) {
    if (ranges.length === 1 && ranges[0] === "URL") {
      context[name] = { "@id": `http://schema.org/${name}`, "@type": "@id" };
    }
  }
  cached = { "@context": context };
  return cached;
}

/**
 * A `jsonld` document loader that never reaches the network: schema.org's
 * context from {@link schemaOrgContext}; any other URL is an error.
 */
export async function offlineDocumentLoader(url: string) {
  if (SCHEMA_ORG.has(url)) {
    return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext() };
  }
  throw new Error(`offline: refusing to load ${url}`);
}
