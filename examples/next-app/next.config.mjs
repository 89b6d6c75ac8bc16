import { fileURLToPath } from "node:url";

/** The monorepo root: workspace packages are symlinked from there. */
const root = fileURLToPath(new URL("../..", import.meta.url));

/** @type {import("next").NextConfig} */
const config = {
  // Nothing reaches the network: no image optimiser (and so no sharp), no fonts.
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
