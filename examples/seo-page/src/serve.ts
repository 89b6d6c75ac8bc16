// `pnpm serve` for this example: builds the page, then serves dist/ on
// 127.0.0.1 until Ctrl-C. `--port N` picks the port (default 8080, 0 = any free one).
import { parseArgs } from "node:util";
import { buildPage } from "./build-page.js";
import { DIST_DIR } from "./dist-dir.js";
import { startStaticServer } from "./static-server.js";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  process.exit(2);
}
await buildPage(DIST_DIR);
const server = await startStaticServer(DIST_DIR, { port });
console.log(`Serving ${DIST_DIR} at ${server.url} — press Ctrl-C to stop.`);
process.once("SIGINT", () => {
  void server.close().then(() => process.exit(0));
});
