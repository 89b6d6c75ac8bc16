import { basename, extname } from "node:path";
import { type Article, safeParseArticle } from "@newsdoc/core";
import { article as exampleArticle } from "@newsdoc/core/example";
import { IMPORT_FORMATS } from "../import/import-formats.js";
import type { CliFileSystem } from "../io.js";
import type { Problem } from "../problem.js";
import type { InputSource } from "./input-source.js";
import { readArticleFile, readTextFile } from "./read-article-file.js";

/** Whether a path is newsdoc Markdown (`.md`, `.markdown`), read with `fromMarkdown`. */
export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * A validated article, or why there is none: `error` when the file could not
 * be read or parsed, `invalid` when it parsed but is not a valid article.
 */
export type LoadResult =
  | {
      readonly ok: true;
      readonly article: Article;
      /** What reading a Markdown file could not keep as written (its import report). */
      readonly warnings?: readonly Problem[];
    }
  | {
      readonly ok: false;
      readonly status: "error" | "invalid";
      readonly problems: readonly Problem[];
    };

/**
 * Reads an input (a file or the example article) and validates it with
 * `safeParseArticle` from `@newsdoc/core`. Never throws.
 *
 * @example
 * ```ts
 * const loaded = await loadArticle(exampleInput, fs);
 * if (loaded.ok) console.log(loaded.article.headline);
 * ```
 */
export async function loadArticle(input: InputSource, fs: CliFileSystem): Promise<LoadResult> {
  let data: unknown;
  if (input.kind === "example") {
    data = exampleArticle;
  } else if (isMarkdownPath(input.path)) {
    const text = await readTextFile(input.path, fs);
    if (!text.ok) return { ok: false, status: "error", problems: [text.problem] };
    const base = basename(input.path);
    const read = await IMPORT_FORMATS.md.read(text.text, {
      path: input.path,
      entities: undefined,
      id: base.slice(0, base.length - extname(base).length) || base,
    });
    if (!read.ok) {
      const syntax = read.problems.some((p) => p.code === "yaml-syntax");
      return { ok: false, status: syntax ? "error" : "invalid", problems: read.problems };
    }
    return { ok: true, article: read.article, warnings: read.warnings };
  } else {
    const read = await readArticleFile(input.path, fs);
    if (!read.ok) return { ok: false, status: "error", problems: [read.problem] };
    data = read.data;
  }
  const result = safeParseArticle(data);
  if (result.success) return { ok: true, article: result.data };
  return {
    ok: false,
    status: "invalid",
    problems: result.error.issues.map(
      (issue): Problem => ({
        severity: "error",
        code: issue.code,
        message: issue.message,
        path: issue.path,
      }),
    ),
  };
}
