import { fileURLToPath } from "node:url";

/** The example's `dist/` folder, where the page is built and served from. */
export const DIST_DIR = fileURLToPath(new URL("../dist/", import.meta.url));
