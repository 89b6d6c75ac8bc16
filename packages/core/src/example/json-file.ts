import { article } from "./article.js";

/** Where the JSON copy of the example article points editors for its schema. */
export const EXAMPLE_JSON_SCHEMA = "../schema/newsdoc.schema.json";

/**
 * The text of `example/article.json`, the example article for people who
 * do not use TypeScript: the same data as `article`, with a `$schema` key
 * first, 2-space indent and a final newline. Written by
 * `scripts/write-example-json.ts` at build; a test holds the committed file
 * to it. Not part of the published entry.
 */
export function exampleJsonFile(): string {
  return `${JSON.stringify({ $schema: EXAMPLE_JSON_SCHEMA, ...article }, null, 2)}\n`;
}
