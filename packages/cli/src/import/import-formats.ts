import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Article, Entity } from "@newsdoc/core";
import { lineColumn } from "../input/line-column.js";
import { locateJsonSyntaxError } from "../input/locate-json-syntax-error.js";
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

/** What `fromNinjs` and `fromAns` return. */
type InteropResult = {
  article: Article;
  report: { kind: string; path: string; message: string }[];
};

/** A JSON interchange format: the file parsed, then read by `fromNinjs` or `fromAns` (loaded on first use). */
function jsonFormat(
  extensions: readonly string[],
  from: (value: unknown, id: string) => Promise<InteropResult>,
): ImportFormat {
  return {
    extensions,
    async read(text, { id }) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const located = locateJsonSyntaxError(text);
        const { line, column } = lineColumn(text, located?.offset ?? 0);
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          problems: [
            {
              severity: "error",
              code: "json-syntax",
              message: located?.message ?? `Not valid JSON: ${reason}`,
              line,
              column,
            },
          ],
        };
      }
      try {
        const { article, report } = await from(value, id);
        return {
          ok: true,
          article,
          warnings: report.map(
            (entry): Problem => ({
              severity: "warning",
              code: `${entry.kind}`,
              message: entry.path === "" ? entry.message : `${entry.path}: ${entry.message}`,
            }),
          ),
        };
      } catch (error) {
        return { ok: false, problems: [errorProblem(error, "import-failed")] };
      }
    },
  };
}

// The file name is the id only when the item has none of its own.
const ninjs = jsonFormat([".ninjs.json"], async (value) => {
  const { fromNinjs } = await import("@newsdoc/ninjs/import");
  return fromNinjs(value);
});
const ans = jsonFormat([".ans.json"], async (value, id) => {
  const { fromAns } = await import("@newsdoc/ans/import");
  return fromAns(value, typeof (value as { _id?: unknown })?._id === "string" ? {} : { id });
});

/**
 * Which JSON interchange format a `.json` file holds, by its shape: an ANS
 * story has `"type": "story"` and a `version`; a ninjs item has a `uri` and
 * a `type` or `$schema` (or `standard.name` "ninjs"). `undefined` for
 * anything else (a newsdoc article, say) or for text that is not JSON.
 */
export function sniffJsonFormat(text: string): "ninjs" | "ans" | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.type === "story" && typeof v.version === "string") return "ans";
  const standard = v.standard as { name?: unknown } | undefined;
  if (
    typeof v.uri === "string" &&
    (typeof v.type === "string" || typeof v.$schema === "string" || standard?.name === "ninjs")
  ) {
    return "ninjs";
  }
  return undefined;
}

/**
 * The formats `newsdoc import --from` reads, by name: each is one line
 * here. `auto` picks by extension (and sniffs a `.json` file named on the
 * command line for ninjs or ANS).
 */
export const IMPORT_FORMATS = {
  md: markdown,
  html,
  ninjs,
  ans,
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
