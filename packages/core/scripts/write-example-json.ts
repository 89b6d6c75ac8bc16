/**
 * Writes example/article.json from the typed example article (run by
 * `pnpm build` after tsup). Leaves the file alone when it is up to date.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { exampleJsonFile } from "../src/example/json-file.js";

const target = new URL("../example/article.json", import.meta.url);
const text = exampleJsonFile();
let current: string | undefined;
try {
  current = readFileSync(target, "utf8");
} catch {
  current = undefined;
}
if (current !== text) {
  mkdirSync(new URL("./", target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
