import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Article, Entity } from "@newsdoc/core";
import type { Problem } from "../problem.js";

/** What an importer gets besides the text: the file, and the shared registry (`--entities`). */
export interface ImportContext {
  /** Absolute path of the input file. */
  readonly path: string;
  /** Entities from `--entities`, if given. */
  readonly entities: readonly Entity[] | undefined;
  /** The article id when the source gives none: the file's base name. */
  readonly id: string;
}

/** An importer's outcome: the article and its report as warnings, or the errors. */
export type ImportOutcome =
  | { readonly ok: true; readonly article: Article; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** One `--from` format: which files it takes and how it reads them. */
export interface ImportFormat {
  /** File extensions (lower case, with the dot) that `--from auto` gives to this format. */
  readonly extensions: readonly string[];
  /**
   * Reads one file's text. Never throws. The parser is loaded on first use,
   * so commands that never meet this format do not pay for loading it.
   */
  read(text: string, context: ImportContext): Promise<ImportOutcome>;
}

function errorProblem(error: unknown, code: string): Problem {
  return {
    severity: "error",
    code,
    message: error instanceof Error ? error.message : String(error),
  };
}

const markdown: ImportFormat = {
  extensions: [".md", ".markdown"],
  async read(text, { path, entities, id }) {
    const { fromMarkdown, MarkdownImportError } = await import("@newsdoc/markdown/import");
    try {
      const { article, report } = fromMarkdown(text, {
        id,
        ...(entities ? { entities } : {}),
        // `entities: ./people.yaml` is relative to the Markdown file.
        readRegistry: (file) => readFileSync(resolve(dirname(path), file), "utf8"),
      });
      return {
        ok: true,
        article,
        warnings: report.map((note): Problem => ({ severity: "warning", ...note })),
      };
    } catch (error) {
      if (error instanceof MarkdownImportError) {
        return {
          ok: false,
          problems: error.issues.map(
            (issue): Problem => ({
              severity: "error",
              code: issue.code,
              message: issue.file ? `${issue.file}: ${issue.message}` : issue.message,
              ...(issue.line !== undefined ? { line: issue.line, column: issue.column ?? 1 } : {}),
              ...(issue.line === undefined && issue.path ? { path: issue.path } : {}),
            }),
          ),
        };
      }
      return { ok: false, problems: [errorProblem(error, "import-failed")] };
    }
  },
};

const html: ImportFormat = {
  extensions: [".html", ".htm"],
  async read(text, { entities, id }) {
    const { fromHtml } = await import("@newsdoc/html/import");
    try {
      const { article, report } = fromHtml(text, {
        ...(entities ? { registry: { entities } } : {}),
        defaults: { id },
      });
      return {
        ok: true,
        article,
        warnings: report.map(
          (item): Problem => ({
            severity: "warning",
            code: `${item.kind}-${item.reason}`,
            message: item.message,
            ...(item.location ? { line: item.location.line, column: item.location.column } : {}),
          }),
        ),
      };
    } catch (error) {
      return { ok: false, problems: [errorProblem(error, "import-failed")] };
    }
  },
};

/**
 * The formats `newsdoc import --from` reads, by name: each is one line
 * here (html, ninjs, ans plug in the same way). `auto` picks by extension.
 */
export const IMPORT_FORMATS = {
  md: markdown,
  html,
} as const satisfies Readonly<Record<string, ImportFormat>>;

/** A `--from` format name. */
export type ImportFormatName = keyof typeof IMPORT_FORMATS;

/** The format names, for `--from` and its help. */
export const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS) as ImportFormatName[];

/** The format `--from auto` picks for a path, by its extension. */
export function formatForPath(path: string): ImportFormatName | undefined {
  const lower = path.toLowerCase();
  return IMPORT_FORMAT_NAMES.find((name) =>
    IMPORT_FORMATS[name].extensions.some((ext) => lower.endsWith(ext)),
  );
}
