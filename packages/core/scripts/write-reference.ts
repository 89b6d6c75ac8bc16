/**
 * Writes docs/reference.md from the model's TSDoc and the JSON Schema. Run by
 * `build`; the file is committed, and a test fails when it is stale.
 */
import { writeFileSync } from "node:fs";
import { REFERENCE_FILE, referenceMarkdown } from "./reference-markdown.js";

writeFileSync(REFERENCE_FILE, referenceMarkdown());
console.log(`wrote ${REFERENCE_FILE}`);
