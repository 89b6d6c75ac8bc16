/**
 * Writes src/schema/field-docs.ts from the model's TSDoc. Run by `build`
 * before tsup; the file is committed, and a test fails when it is stale.
 */
import { writeFileSync } from "node:fs";
import { FIELD_DOCS_FILE, fieldDocsModuleText } from "./field-docs-source.js";

writeFileSync(FIELD_DOCS_FILE, fieldDocsModuleText());
console.log(`wrote ${FIELD_DOCS_FILE}`);
