import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@newsdoc/core";
import { article as exampleArticle } from "@newsdoc/core/example";
import { toHtmlDocument } from "@newsdoc/html";

/** The page {@link buildPage} wrote. */
export interface BuiltPage {
  /** Absolute path of `index.html`. */
  file: string;
  /** The page's HTML. */
  html: string;
  /** The article it shows. */
  article: Article;
}

/**
 * Writes `index.html` — the complete document from `toHtmlDocument`, with
 * its title, description, canonical link, Open Graph and Twitter meta and
 * JSON-LD — into `outDir` (created when missing).
 *
 * @example
 * ```ts
 * const { file } = await buildPage("dist");
 * ```
 */
export async function buildPage(
  outDir: string,
  article: Article = exampleArticle,
): Promise<BuiltPage> {
  const html = toHtmlDocument(article);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  await writeFile(file, html, "utf8");
  return { file, html, article };
}
