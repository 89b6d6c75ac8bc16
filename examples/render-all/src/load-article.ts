import { readFile } from "node:fs/promises";
import { type Article, safeParseArticle } from "@newsdoc/core";
import { article as exampleArticle } from "@newsdoc/core/example";

/** One validation problem, as `safeParseArticle` reports it. */
export interface Issue {
  path: readonly (string | number)[];
  code: string;
  message: string;
}

/** Why an article could not be loaded. */
export type LoadProblem = "missing" | "unreadable" | "not-json" | "invalid";

/** The outcome of {@link loadArticle}: a valid article, or what went wrong. */
export type LoadResult =
  | { ok: true; article: Article; source: string }
  | { ok: false; problem: LoadProblem; source: string; message: string; issues: readonly Issue[] };

/** Where a JSON syntax error is, from V8's "… at position N" (when it gives one). */
function locate(text: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return `${message.replace(/ in JSON at position \d+.*$/, "")} (line ${line}, column ${column})`;
}

function readProblem(error: unknown, file: string): { problem: LoadProblem; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { problem: "missing", message: `No such file: ${file}` };
  if (code === "EISDIR") {
    return {
      problem: "unreadable",
      message: `${file} is a folder; give the path of a .json file.`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { problem: "unreadable", message: `Cannot read ${file}: ${reason}` };
}

/** Validates already-parsed JSON and says which source it came from. */
export function checkArticle(input: unknown, source: string): LoadResult {
  const result = safeParseArticle(input);
  if (result.success) return { ok: true, article: result.data, source };
  const { issues } = result.error;
  return {
    ok: false,
    problem: "invalid",
    source,
    message: `${source} is not a valid newsdoc article (${issues.length} ${issues.length === 1 ? "problem" : "problems"}).`,
    issues,
  };
}

/**
 * Loads an article: the example article when `file` is undefined, else the
 * JSON file at `file` (an absolute path). Never throws: a missing file,
 * a file that is not JSON and an invalid article are all results.
 *
 * @example
 * ```ts
 * const loaded = await loadArticle("/tmp/article.json");
 * if (!loaded.ok) console.error(loaded.message);
 * ```
 */
export async function loadArticle(file?: string): Promise<LoadResult> {
  if (file === undefined) return checkArticle(exampleArticle, "the example article");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, source: file, issues: [], ...readProblem(error, file) };
  }
  // Editors on Windows may start the file with a byte-order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = locate(text, error instanceof Error ? error.message : String(error));
    return {
      ok: false,
      problem: "not-json",
      source: file,
      message: `${file} is not valid JSON: ${reason}`,
      issues: [],
    };
  }
  return checkArticle(input, file);
}
