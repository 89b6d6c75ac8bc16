import { readFileSync } from "node:fs";
import { article } from "@newsdoc/core/example";
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { EXAMPLE_JSON_SCHEMA, exampleJsonFile } from "./json-file.js";

const committed = readFileSync(new URL("../../example/article.json", import.meta.url), "utf8");

let validator: ValidateFunction | undefined;
/** The shipped JSON Schema, compiled once by an independent validator (ajv, draft 2020-12). */
function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schemaUrl = new URL(`../../example/${EXAMPLE_JSON_SCHEMA}`, import.meta.url);
  const schema = JSON.parse(readFileSync(schemaUrl, "utf8")) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = ajv.compile(schema);
  validator = compiled;
  return compiled;
}

describe("example/article.json", () => {
  it("is the committed output of scripts/write-example-json.ts (run pnpm build to refresh it)", () => {
    expect(committed).toBe(exampleJsonFile());
  });

  it("holds the module's data, pointing editors at the JSON Schema", () => {
    const { $schema, ...data } = JSON.parse(committed) as Record<string, unknown>;
    expect($schema).toBe("../schema/newsdoc.schema.json");
    expect(data).toEqual(article);
    expect(committed.startsWith('{\n  "$schema": ')).toBe(true);
    expect(committed.endsWith("}\n")).toBe(true);
  });

  it("validates against the shipped JSON Schema (ajv, draft 2020-12)", () => {
    const validate = schemaValidator();
    const valid = validate(JSON.parse(committed));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is rejected by the schema when broken (the check can fail)", () => {
    const validate = schemaValidator();
    expect(validate({ ...JSON.parse(committed), headline: 42 })).toBe(false);
    expect(validate({ ...JSON.parse(committed), unknownKey: true })).toBe(false);
  });
});
