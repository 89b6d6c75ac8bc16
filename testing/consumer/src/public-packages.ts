import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A public package of the workspace, as its package.json describes it. */
export interface PublicPackage {
  /** `@newsdoc/html` */
  readonly name: string;
  /** Its folder, absolute. */
  readonly dir: string;
  /** Every JavaScript entry a user can import: `@newsdoc/core`, `@newsdoc/core/kit`, … */
  readonly entries: readonly string[];
  /** Whether it has a `bin` (the CLI). */
  readonly hasBin: boolean;
}

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  bin?: unknown;
}

/**
 * Every package under `packages/` that is not private, with the entry
 * points its exports map offers (JSON files and `./package.json` left out).
 * Read from disk, so a package added later is tested without editing this.
 */
export function publicPackages(): PublicPackage[] {
  const root = join(REPO_ROOT, "packages");
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "package.json")))
    .map((d) => {
      const dir = join(root, d.name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
      return { dir, manifest };
    })
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      name: manifest.name,
      dir,
      hasBin: manifest.bin !== undefined,
      entries: Object.entries(manifest.exports ?? {})
        .filter(([subpath, target]) => subpath !== "./package.json" && typeof target === "object")
        .map(([subpath]) =>
          subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
