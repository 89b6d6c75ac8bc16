import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const dirs = (parent: string) =>
  existsSync(`${root}${parent}`)
    ? readdirSync(`${root}${parent}`, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(`${root}${parent}/${d.name}/package.json`))
        .map((d) => `${parent}/${d.name}`)
    : [];

// Tests import the packages by name, as users do; inside the workspace the
// names resolve to the sources, so a test never runs against a stale build.
const sourceAliases = dirs("packages").flatMap((dir) => {
  const name = dir.split("/")[1];
  return [
    {
      // Any subpath entry (`@newsdoc/core/kit`, `@newsdoc/html/import`, …)
      // is `src/<subpath>.ts`, the file its tsup entry builds from.
      find: new RegExp(`^@newsdoc/${name}/([a-z][a-z0-9-]*)$`),
      replacement: `${root}${dir}/src/$1.ts`,
    },
    { find: new RegExp(`^@newsdoc/${name}$`), replacement: `${root}${dir}/src/index.ts` },
  ];
});

const projects = [
  ...dirs("packages"),
  ...dirs("examples"),
  ...dirs("testing"),
  ...(existsSync(`${root}bench/package.json`) ? ["bench"] : []),
];

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    // A test that does real work (html-validate's first load, ajv compiling the official
    // schemas, a property run) gets time on a loaded 2-core machine; speed is the bench's job.
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: `${root}.vitest-report.json` }]],
    projects: projects.map((dir) => ({
      extends: true,
      test: {
        name: dir.replace(/^(packages|examples|testing)\//, ""),
        root: `${root}${dir}`,
        include: ["**/*.test.ts"],
        exclude: ["**/node_modules/**", "**/dist/**"],
        typecheck: {
          enabled: true,
          include: ["**/*.test-d.ts"],
          tsconfig: `${root}${dir}/tsconfig.json`,
        },
      },
    })),
  },
});
