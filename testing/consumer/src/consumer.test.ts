import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Consumer, installConsumer } from "./install-consumer.js";
import { REPO_ROOT } from "./public-packages.js";
import { run, runOrThrow } from "./run.js";

const bin = (name: string) => join(REPO_ROOT, "node_modules", ".bin", name);

let consumer: Consumer;
beforeAll(() => {
  consumer = installConsumer();
}, 600_000);
afterAll(() => {
  if (consumer !== undefined) rmSync(consumer.dir, { recursive: true, force: true });
});

const entries = () => consumer.packages.flatMap((p) => p.entries);

/** Prints `{ entry: [export names] }` from inside the consumer, loading each entry the given way. */
function exportNames(kind: "esm" | "cjs"): Record<string, string[]> {
  const file = join(consumer.dir, kind === "esm" ? "names.mjs" : "names.cjs");
  const load = kind === "esm" ? "await import(entry)" : "require(entry)";
  writeFileSync(
    file,
    `${kind === "esm" ? "" : "(async () => {\n"}const names = {};
for (const entry of ${JSON.stringify(entries())}) names[entry] = Object.keys(${load}).sort();
console.log(JSON.stringify(names));
${kind === "esm" ? "" : "})();\n"}`,
  );
  return JSON.parse(runOrThrow(process.execPath, [file], consumer.dir)) as Record<string, string[]>;
}

// Each step runs real tools (tsc with skipLibCheck off, npm, attw) on 2 shared cores.
const SLOW = { timeout: 300_000 };

describe("installed from the tarballs with npm", SLOW, () => {
  it("imports every entry point as ESM and requires it as CJS, with the same exports", () => {
    const esm = exportNames("esm");
    const cjs = exportNames("cjs");
    expect(Object.keys(esm)).toEqual(entries());
    for (const entry of entries()) {
      expect(esm[entry]!.length, `${entry} exports something`).toBeGreaterThan(0);
      expect(cjs[entry], `${entry}: CJS exports what ESM does`).toEqual(
        esm[entry]!.filter((name) => name !== "default"),
      );
    }
  });

  // A consumer that imports every entry and uses the main functions, type-checked with
  // skipLibCheck off, so every .d.ts it pulls in (ours and our dependencies') is checked.
  const consumerSource = () =>
    [
      ...entries().map((entry, i) => `import * as entry${i} from "${entry}";`),
      'import { parseArticle, type Article } from "@newsdoc/core";',
      'import { article as example } from "@newsdoc/core/example";',
      'import { toHtml } from "@newsdoc/html";',
      'import { toMarkdown } from "@newsdoc/markdown";',
      'import { toJsonLd, jsonLdScript } from "@newsdoc/jsonld";',
      "const article: Article = parseArticle(JSON.parse(JSON.stringify(example)));",
      "const outputs: string[] = [toHtml(article), toMarkdown(article), jsonLdScript(toJsonLd(article))];",
      `export const used = [outputs, ${entries()
        .map((_, i) => `entry${i}`)
        .join(", ")}];`,
      "",
    ].join("\n");

  const resolutions = {
    node10: { module: "commonjs", moduleResolution: "node10", file: "consumer.ts" },
    node16: { module: "node16", moduleResolution: "node16", file: "consumer.cts" },
    "node16 (ESM)": { module: "node16", moduleResolution: "node16", file: "consumer.mts" },
    bundler: { module: "esnext", moduleResolution: "bundler", file: "consumer.ts" },
  } as const;

  for (const [name, { module, moduleResolution, file }] of Object.entries(resolutions)) {
    it(`type-checks a TypeScript consumer under ${name} resolution with skipLibCheck: false`, () => {
      const dir = join(consumer.dir, `ts-${name.replace(/\W+/g, "-")}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, file), consumerSource());
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "es2022",
            lib: ["es2022", "dom"],
            module,
            moduleResolution,
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            types: [],
            esModuleInterop: true,
          },
          files: [file],
        }),
      );
      const result = run(
        process.execPath,
        [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", dir],
        dir,
      );
      expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
      expect(result.status).toBe(0);
    });
  }

  const zodFree = [
    "@newsdoc/core/kit",
    "@newsdoc/core/example",
    "@newsdoc/html",
    "@newsdoc/markdown",
    "@newsdoc/jsonld",
    "@newsdoc/react",
  ];
  it("bundles every renderer for the browser with esbuild, without zod", () => {
    const bundled = zodFree.filter((entry) => entries().includes(entry));
    expect(bundled.length).toBeGreaterThanOrEqual(5);
    for (const entry of bundled) {
      const input = join(consumer.dir, "bundle-entry.mjs");
      writeFileSync(input, `export * from "${entry}";\n`);
      const meta = join(consumer.dir, "meta.json");
      runOrThrow(
        bin("esbuild"),
        [
          input,
          "--bundle",
          "--platform=browser",
          "--format=esm",
          `--metafile=${meta}`,
          `--outfile=${join(consumer.dir, "bundle-out.js")}`,
          "--log-level=error",
          "--external:react",
          "--external:react-dom",
        ],
        consumer.dir,
      );
      const inputs = Object.keys(JSON.parse(readFileSync(meta, "utf8")).inputs as object);
      expect(
        inputs.some((path) => path.includes("node_modules/@newsdoc/")),
        entry,
      ).toBe(true);
      expect(
        inputs.filter((path) => /node_modules\/zod\//.test(path)),
        `${entry} pulls in zod`,
      ).toEqual([]);
    }
  });

  it("runs the installed newsdoc binary", () => {
    const newsdoc = join(consumer.dir, "node_modules", ".bin", "newsdoc");
    expect(runOrThrow(newsdoc, ["validate", "--example"], consumer.dir)).toContain("1 valid");
    const page = runOrThrow(
      newsdoc,
      ["render", "--example", "--to", "html-document"],
      consumer.dir,
    );
    const document = parse(page);
    const html = document.childNodes.find((n) => n.nodeName === "html");
    expect(html).toBeDefined();
    const failing = run(newsdoc, ["validate", "missing.json"], consumer.dir);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("missing.json");
    expect(failing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the published shape of every tarball", SLOW, () => {
  it("passes @arethetypeswrong/cli in its default profile (node10, node16 CJS and ESM, bundler)", () => {
    for (const [name, tarball] of consumer.tarballs) {
      const result = run(bin("attw"), [tarball, "--format", "ascii"], consumer.dir);
      expect(result.status, `${name}:\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it("passes publint --strict", () => {
    for (const pkg of consumer.packages) {
      const result = run(bin("publint"), ["--strict"], pkg.dir);
      expect(result.status, `${pkg.name}:\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });
});

describe("package READMEs", SLOW, () => {
  it("link only to places that exist for a reader of the published package", () => {
    for (const [name, tarball] of consumer.tarballs) {
      const files = new Set(
        runOrThrow("tar", ["-tzf", tarball], consumer.dir)
          .split("\n")
          .filter(Boolean)
          .map((path) => path.replace(/^package\//, "")),
      );
      const readme = join(consumer.dir, "node_modules", name, "README.md");
      const broken = readmeLinks(readFileSync(readme, "utf8")).filter((url) => {
        if (/^(https?:|mailto:|#)/.test(url)) return false;
        const path = url
          .replace(/[#?].*$/, "")
          .replace(/^\.\//, "")
          .replace(/\/$/, "");
        return !files.has(path) && ![...files].some((file) => file.startsWith(`${path}/`));
      });
      expect(broken, `${name}'s README links to files the tarball does not have`).toEqual([]);
    }
  });
});

/** Every link and image URL of a Markdown document, read by a CommonMark parser. */
function readmeLinks(markdown: string): string[] {
  const urls: string[] = [];
  const visit = (node: MdastNode) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url)
      urls.push(node.url);
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromMarkdown(markdown) as MdastNode);
  return urls;
}

interface MdastNode {
  type: string;
  url?: string;
  children?: MdastNode[];
}
