/**
 * Writes schema/newsdoc.schema.json from the zod schemas. Run by `build`
 * after tsup; the file is committed, and a test fails when it is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { articleJsonSchemaText } from "../src/schema/json-schema.js";

const target = fileURLToPath(new URL("../schema/newsdoc.schema.json", import.meta.url));
writeFileSync(target, articleJsonSchemaText());
console.log(`wrote ${target}`);
