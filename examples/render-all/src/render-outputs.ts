import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@newsdoc/core";
import { toHtmlDocument } from "@newsdoc/html";
import { toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";

/** One rendered file: its name and its text. */
export interface Output {
  /** File name, e.g. `article.md`. */
  name: string;
  /** What made it, for the summary. */
  format: string;
  content: string;
}

/** A written output: where it is and how big. */
export interface WrittenOutput extends Output {
  path: string;
  bytes: number;
}

/**
 * Renders the article three ways: Markdown (with front matter and a "who said
 * what" appendix), a complete HTML page, and the JSON-LD graph as
 * indented JSON.
 *
 * @example
 * ```ts
 * renderOutputs(article).map((o) => o.name); // ["article.md", "article.html", "article.jsonld"]
 * ```
 */
export function renderOutputs(article: Article): Output[] {
  return [
    {
      name: "article.md",
      format: "Markdown",
      content: toMarkdown(article, { frontMatter: true, appendix: "quotes" }),
    },
    { name: "article.html", format: "HTML page", content: toHtmlDocument(article) },
    {
      name: "article.jsonld",
      format: "JSON-LD",
      content: `${JSON.stringify(toJsonLd(article), null, 2)}\n`,
    },
  ];
}

/** Writes the outputs into `dir` (created when missing) and returns their paths and sizes. */
export async function writeOutputs(
  dir: string,
  outputs: readonly Output[],
): Promise<WrittenOutput[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    outputs.map(async (output) => {
      const path = join(dir, output.name);
      await writeFile(path, output.content, "utf8");
      return { ...output, path, bytes: Buffer.byteLength(output.content, "utf8") };
    }),
  );
}
