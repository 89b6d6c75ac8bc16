// Child process entry for profile.ts: one scaling task on the example
// replicated `times` times, in a loop for `ms` milliseconds, under
// `--cpu-prof`. Prints the number of calls and the KB each call is divided by.
import { article } from "@newsdoc/core/example";
import { scaleArticle } from "./scale-article.js";
import { scalingTasks } from "./scaling.js";

const [name, times, ms] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const task = scalingTasks().find((t) => t.name === name);
if (!task) throw new Error(`No scaling task named ${name}`);
const big = scaleArticle(article, times);
const fn = task.prepare(big);
const out = task.outputOf ? task.outputOf(big) : fn();
const kb =
  task.per === "input"
    ? Buffer.byteLength(JSON.stringify(big)) / 1024
    : Buffer.byteLength(out as string) / 1024;
let calls = 0;
const until = performance.now() + ms;
while (calls < 2 || performance.now() < until) {
  fn();
  calls++;
}
process.stdout.write(JSON.stringify({ calls, kb }));
