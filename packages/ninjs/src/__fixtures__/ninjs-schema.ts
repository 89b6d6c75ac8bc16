import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { sharedDataDir } from "@newsdoc/test-utils";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);

/** The shared data folder, or `undefined` when it is absent and the tests may skip. */
export const DATA_DIR = sharedDataDir();

/** Validates against IPTC's ninjs 3.1 JSON Schema (draft 2020-12), offline. */
export interface NinjsValidator {
  (item: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let cached: NinjsValidator | undefined;

/** The official ninjs 3.1 validator, compiled once (GeoJSON from the `geojson-schema` package). */
export function ninjsValidator(): NinjsValidator {
  if (cached) return cached;
  if (!DATA_DIR) throw new Error("ninjs-schema: the shared data folder is absent.");
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const geojson = JSON.parse(
    readFileSync(require.resolve("geojson-schema/GeoJSON.json"), "utf8"),
  ) as object;
  ajv.addSchema(geojson, "https://geojson.org/schema/GeoJSON.json");
  const schema = JSON.parse(
    readFileSync(join(DATA_DIR, "ninjs", "ninjs-schema_3.1.json"), "utf8"),
  ) as object;
  cached = ajv.compile(schema) as NinjsValidator;
  return cached;
}

/** Errors of the last validation, one line each, for assertion messages. */
export function describeErrors(validate: NinjsValidator): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`)
    .join("\n");
}

/** IPTC's sample items: `[file name, parsed item]`. */
export function ninjsExamples(): [string, unknown][] {
  if (!DATA_DIR) return [];
  const dir = join(DATA_DIR, "ninjs", "examples");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown]);
}
