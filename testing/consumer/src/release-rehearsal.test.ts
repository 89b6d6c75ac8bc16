import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { publicPackages, REPO_ROOT } from "./public-packages.js";
import { runOrThrow } from "./run.js";

/** The workspace folders whose package.json files a release touches. */
const WORKSPACE_GLOBS = ["packages", "examples", "testing"];

interface Changeset {
  readonly file: string;
  readonly bumps: Record<string, string>;
  readonly summary: string;
}

/** The pending changesets: which packages each bumps, and its summary. */
function pendingChangesets(dir: string): Changeset[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (match === null) throw new Error(`.changeset/${file} has no front matter`);
      return {
        file,
        bumps: (parseYaml(match[1]!) ?? {}) as Record<string, string>,
        summary: match[2]!.trim(),
      };
    });
}

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    name: string;
    version: string;
    private?: boolean;
  };

let scratch: string;
let changesets: Changeset[];
beforeAll(() => {
  // A copy of just what `changeset version` reads and writes: the manifests and .changeset/.
  scratch = mkdtempSync(join(tmpdir(), "newsdoc-release-"));
  for (const file of ["package.json", "pnpm-workspace.yaml"]) {
    cpSync(join(REPO_ROOT, file), join(scratch, file));
  }
  cpSync(join(REPO_ROOT, ".changeset"), join(scratch, ".changeset"), { recursive: true });
  const folders = [
    "bench",
    ...WORKSPACE_GLOBS.flatMap((parent) =>
      readdirSync(join(REPO_ROOT, parent)).map((name) => `${parent}/${name}`),
    ),
  ];
  for (const folder of folders) {
    if (!existsSync(join(REPO_ROOT, folder, "package.json"))) continue;
    mkdirSync(join(scratch, folder), { recursive: true });
    cpSync(join(REPO_ROOT, folder, "package.json"), join(scratch, folder, "package.json"));
  }
  changesets = pendingChangesets(join(scratch, ".changeset"));
  runOrThrow(
    process.execPath,
    [join(REPO_ROOT, "node_modules/@changesets/cli/bin.js"), "version"],
    scratch,
  );
}, 120_000);
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe("release rehearsal: `changeset version` on a scratch copy", () => {
  const published = publicPackages();
  const dirOf = (name: string) => {
    const pkg = published.find((p) => p.name === name);
    if (pkg === undefined)
      throw new Error(`a changeset names ${name}, which is not a public package`);
    return join(scratch, "packages", pkg.dir.split("/").at(-1)!);
  };

  it("versions every public package in lockstep: the config's fixed group is exactly the public packages", () => {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, ".changeset/config.json"), "utf8")) as {
      fixed: string[][];
    };
    expect(config.fixed).toHaveLength(1);
    expect([...config.fixed[0]!].sort()).toEqual(published.map((p) => p.name).sort());
  });

  it("gives every public package one new version, above 0.0.0", () => {
    expect(changesets.length).toBeGreaterThan(0);
    const versions = new Set(published.map((p) => manifest(dirOf(p.name)).version));
    expect(versions.size).toBe(1);
    expect([...versions][0]).not.toBe("0.0.0");
  });

  it("writes each changeset's summary into the CHANGELOG of every package it names", () => {
    for (const changeset of changesets) {
      for (const name of Object.keys(changeset.bumps)) {
        const changelog = readFileSync(join(dirOf(name), "CHANGELOG.md"), "utf8");
        const version = manifest(dirOf(name)).version;
        expect(changelog.startsWith(`# ${name}\n\n## ${version}\n`), name).toBe(true);
        const firstLine = changeset.summary.split("\n")[0]!;
        expect(changelog, `${changeset.file} → ${name}`).toContain(firstLine);
      }
    }
  });

  it("consumes the changesets and leaves private packages unversioned", () => {
    expect(pendingChangesets(join(scratch, ".changeset"))).toEqual([]);
    for (const parent of WORKSPACE_GLOBS.filter((p) => p !== "packages")) {
      for (const name of readdirSync(join(scratch, parent))) {
        const dir = join(scratch, parent, name);
        expect(manifest(dir).private, dir).toBe(true);
        expect(manifest(dir).version, dir).toBe(manifest(join(REPO_ROOT, parent, name)).version);
        expect(existsSync(join(dir, "CHANGELOG.md")), dir).toBe(false);
      }
    }
  });
});
