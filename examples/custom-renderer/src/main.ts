// `pnpm start`: the example article as a plain-text newsletter.
// `pnpm start --topics`: the article as HTML with mentions linked to /topics/<id>.
import { parseArgs } from "node:util";
import { article } from "@newsdoc/core/example";
import { newsletter } from "./newsletter.js";
import { topicLinks } from "./topic-links.js";

const { values } = parseArgs({
  options: {
    topics: { type: "boolean", default: false },
    width: { type: "string", default: "72" },
  },
});
const width = Number(values.width);
if (!Number.isInteger(width) || width < 20) {
  console.error(`--width must be a whole number of columns, 20 or more; got "${values.width}".`);
  process.exit(2);
}
process.stdout.write(
  values.topics ? `${topicLinks.render(article)}\n` : newsletter.render(article, { width }),
);
