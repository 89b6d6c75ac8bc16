import { it } from "vitest";
import { fromMarkdown } from "./import/index.js";
import { parseTree } from "./import/parse-tree.js";
import { toNewsdocMarkdown } from "./newsdoc/index.js";

it("debug", () => {
  const a = JSON.parse(process.env.ART!);
  const md = toNewsdocMarkdown(a);
  console.log(md);
  console.log(
    JSON.stringify(parseTree(md).children.slice(1), (k, v) => (k === "position" ? undefined : v)),
  );
  try {
    console.log(JSON.stringify(fromMarkdown(md).article.body));
  } catch (e) {
    console.log(String(e));
  }
});
