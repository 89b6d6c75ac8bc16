// Writes src/schema/language-subtags.generated.ts from the IANA Language
// Subtag Registry as the `language-subtag-registry` package ships it: only
// the subtags (not the records), space-separated, a fifth of the JSON's
// size in a bundle. `language-subtags.test.ts` fails when it is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { languageSubtagsModule } from "../src/schema/language-subtags-source.js";

const out = fileURLToPath(new URL("../src/schema/language-subtags.generated.ts", import.meta.url));
writeFileSync(out, languageSubtagsModule());
console.log(`wrote ${out}`);
