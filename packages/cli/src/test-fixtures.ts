import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { article } from "@newsdoc/core/example";
import { stringify } from "yaml";

/** The example article as a JSON text. */
export const exampleJson = `${JSON.stringify(article, null, 2)}\n`;

/**
 * A temp folder of article files for tests: valid JSON and YAML, two invalid
 * articles, broken JSON and broken YAML, and files the walk must skip.
 */
export const FIXTURE_FILES: Readonly<Record<string, string>> = {
  "articles/good.json": exampleJson,
  "articles/good-too.yaml": stringify(article),
  "articles/nested/empty-headline.json": JSON.stringify({ ...article, headline: "" }, null, 2),
  "articles/nested/unknown-author.json": JSON.stringify(
    { ...article, authors: ["nobody"] },
    null,
    2,
  ),
  "articles/broken.json": '{\n  "newsdoc": 1,\n  "id": "x"\n  "headline": "y"\n}\n',
  "articles/broken-yaml.yml": "newsdoc: 1\nid: [x\nheadline: y\n",
  "articles/notes.txt": "not an article",
  "articles/node_modules/dep.json": "{ not even json",
  "articles/.cache/old.json": "{ not even json",
  "valid/a.json": exampleJson,
  "valid/b.yaml": stringify(article),
};

/** Creates a fresh temp folder with {@link FIXTURE_FILES}; returns its path. */
export async function createFixture(
  files: Readonly<Record<string, string>> = FIXTURE_FILES,
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "newsdoc-cli-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}
