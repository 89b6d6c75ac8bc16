// `pnpm build` for this example: writes dist/index.html.
import { buildPage } from "./build-page.js";
import { DIST_DIR } from "./dist-dir.js";

const { file, html } = await buildPage(DIST_DIR);
console.log(`Wrote ${file} (${Buffer.byteLength(html).toLocaleString("en-US")} bytes).`);
