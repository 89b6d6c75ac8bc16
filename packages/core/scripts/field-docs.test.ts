import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleJsonSchema, DOCUMENTED_TYPES } from "../src/schema/json-schema.js";
import { extractFieldDocs } from "./extract-field-docs.js";
import { FIELD_DOCS_FILE, fieldDocsModuleText, MODEL_ENTRY } from "./field-docs-source.js";
import { REFERENCE_FILE, referenceMarkdown } from "./reference-markdown.js";

const REFRESH = "run `pnpm --filter @newsdoc/core build` to refresh it";

type JsonSchema = Record<string, unknown>;

/** Every property of every object in the JSON Schema, with its path, and whether it says what it is. */
function schemaProperties(schema: JsonSchema): { path: string; described: boolean }[] {
  const found: { path: string; described: boolean }[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, `${path}[${i}]`);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const object = node as JsonSchema;
    const properties = object.properties as Record<string, JsonSchema> | undefined;
    if (properties !== undefined) {
      for (const [name, property] of Object.entries(properties)) {
        found.push({
          path: `${path}.${name}`,
          described: typeof property.description === "string",
        });
      }
    }
    for (const [key, value] of Object.entries(object)) {
      if (key !== "properties") visit(value, `${path}/${key}`);
    }
    if (properties !== undefined) {
      for (const [name, property] of Object.entries(properties)) visit(property, `${path}.${name}`);
    }
  };
  visit(schema, "#");
  return found;
}

// Building a TypeScript program takes seconds on a loaded machine: once per file, generously timed.
const SLOW = { timeout: 120_000 };

describe("field documentation", SLOW, () => {
  it(`src/schema/field-docs.ts is what the model's TSDoc generates now (${REFRESH})`, () => {
    expect(readFileSync(FIELD_DOCS_FILE, "utf8")).toBe(fieldDocsModuleText());
  });

  it(`docs/reference.md is what the model and schema generate now (${REFRESH})`, () => {
    expect(readFileSync(REFERENCE_FILE, "utf8")).toBe(referenceMarkdown());
  });

  it("describes every field of every model interface in TSDoc", () => {
    expect(Object.keys(extractFieldDocs(MODEL_ENTRY, DOCUMENTED_TYPES)).sort()).toEqual(
      [...DOCUMENTED_TYPES].sort(),
    );
    const undocumented = Object.entries(extractFieldDocs(MODEL_ENTRY, DOCUMENTED_TYPES)).flatMap(
      ([type, doc]) => [
        ...(doc.description ? [] : [type]),
        ...Object.entries(doc.fields)
          .filter(([, text]) => text === "")
          .map(([field]) => `${type}.${field}`),
      ],
    );
    expect(undocumented).toEqual([]);
  });

  it("gives at least 95% of the JSON Schema's properties a description", () => {
    const properties = schemaProperties(articleJsonSchema());
    const described = properties.filter((p) => p.described).length;
    const missing = properties.filter((p) => !p.described).map((p) => p.path);
    expect(properties.length).toBeGreaterThan(100);
    expect({ ratio: described / properties.length >= 0.95, missing }).toEqual({
      ratio: true,
      missing: [],
    });
  });
});
