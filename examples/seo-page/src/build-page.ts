import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@newsdoc/core";
import { toHtmlDocument } from "@newsdoc/html";
import type { Site } from "@newsdoc/jsonld";
import { site as newsweek, pageArticle } from "./site.js";

/** The page {@link buildPage} wrote. */
export interface BuiltPage {
  /** Absolute path of `index.html`. */
  file: string;
  /** The page's HTML. */
  html: string;
  /** The article it shows. */
  article: Article;
  /** The site configuration it was rendered with. */
  site: Site;
}

/**
 * Writes `index.html` — the complete document from `toHtmlDocument` with
 * the site configuration (`site.ts`): its title with the site's name,
 * description, canonical link, Open Graph and Twitter meta and the JSON-LD
 * graph with `WebSite`, `WebPage`, `BreadcrumbList` and the publisher —
 * into `outDir` (created when missing).
 *
 * @example
 * ```ts
 * const { file } = await buildPage("dist");
 * ```
 */
export async function buildPage(
  outDir: string,
  article: Article = pageArticle,
  site: Site = newsweek,
): Promise<BuiltPage> {
  const html = toHtmlDocument(article, { site });
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  await writeFile(file, html, "utf8");
  return { file, html, article, site };
}
