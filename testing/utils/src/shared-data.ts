import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Set to `1` to let the tests that read `../shared/data` skip when it is absent. */
export const ALLOW_MISSING_DATA = process.env.NEWSDOC_ALLOW_MISSING_DATA === "1";

/**
 * The official schemas and samples: `NEWSDOC_SHARED_DATA`, else
 * `../shared/data` beside the repository root. Throws a message that says
 * what is missing and how to opt out, unless `NEWSDOC_ALLOW_MISSING_DATA=1`.
 */
export function sharedDataDir(): string | undefined {
  const fromEnv = process.env.NEWSDOC_SHARED_DATA;
  let dir: string;
  if (fromEnv !== undefined && fromEnv.trim() !== "") dir = resolve(fromEnv);
  else {
    let root = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(root, "pnpm-workspace.yaml"))) {
      const parent = dirname(root);
      if (parent === root) throw new Error("shared-data: cannot find the repository root.");
      root = parent;
    }
    dir = resolve(root, "..", "shared", "data");
  }
  if (existsSync(join(dir, "ninjs")) && existsSync(join(dir, "ans"))) return dir;
  if (ALLOW_MISSING_DATA) return undefined;
  throw new Error(
    `The official ninjs and ANS schemas are missing: expected ${join(dir, "ninjs")} and ${join(dir, "ans")}. ` +
      "Put IPTC's ninjs 3.1 schema and examples and Arc's ANS 0.10.12 schema there (see ../shared/data/README.md), " +
      "point NEWSDOC_SHARED_DATA at another folder, or set NEWSDOC_ALLOW_MISSING_DATA=1 to skip these tests.",
  );
}
