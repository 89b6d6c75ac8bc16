import { createRequire } from "node:module";

/** This package's version, read from its package.json (one folder up from both src/ and dist/). */
export function cliVersion(): string {
  const manifest = createRequire(import.meta.url)("../package.json") as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
