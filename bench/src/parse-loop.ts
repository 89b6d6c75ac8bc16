// Child process entry for profile-parse.ts: parseArticle on the example
// article in a loop, for `--cpu-prof` to sample.
import { parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";

const input = JSON.parse(JSON.stringify(article));
const until = performance.now() + Number(process.argv[2] ?? 2000);
while (performance.now() < until) parseArticle(input);
