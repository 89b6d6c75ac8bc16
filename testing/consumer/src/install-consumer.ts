import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { type PublicPackage, publicPackages } from "./public-packages.js";
import { runOrThrow } from "./run.js";

/** A temporary npm project, outside the workspace, with every public package installed from its tarball. */
export interface Consumer {
  /** The project's folder. */
  readonly dir: string;
  readonly packages: readonly PublicPackage[];
  /** Package name → its tarball's path. */
  readonly tarballs: ReadonlyMap<string, string>;
}

/**
 * Packs every public package with `pnpm pack` (which turns `workspace:`
 * ranges into versions, as publishing does) and installs the tarballs with
 * **npm** into a fresh folder under the system's temporary directory — what
 * a stranger gets from the registry, minus the registry. Needs `pnpm build`
 * first; says so when a package has no `dist`.
 */
export function installConsumer(): Consumer {
  const packages = publicPackages();
  for (const pkg of packages) {
    if (!existsSync(join(pkg.dir, "dist"))) {
      throw new Error(`${pkg.name} has no dist/: run \`pnpm build\` before the consumer test.`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "newsdoc-consumer-"));
  const tarballDir = join(dir, "tarballs");
  mkdirSync(tarballDir);
  const tarballs = new Map<string, string>();
  for (const pkg of packages) {
    const before = new Set(readdirSync(tarballDir));
    runOrThrow("pnpm", ["pack", "--pack-destination", tarballDir], pkg.dir);
    const added = readdirSync(tarballDir).filter((f) => !before.has(f) && f.endsWith(".tgz"));
    if (added.length !== 1)
      throw new Error(`pnpm pack of ${pkg.name} wrote ${added.length} tarballs`);
    tarballs.set(pkg.name, join(tarballDir, added[0]!));
  }
  const dependencies = Object.fromEntries(
    [...tarballs].map(([name, file]) => [name, `file:./tarballs/${basename(file)}`]),
  );
  // A TypeScript user of @newsdoc/react installs React's types, its optional peer.
  const devDependencies = tarballs.has("@newsdoc/react") ? { "@types/react": "^19.2.0" } : {};
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "newsdoc-consumer", version: "1.0.0", private: true, dependencies, devDependencies }, null, 2)}\n`,
  );
  runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], dir);
  return { dir, packages, tarballs };
}
