import { parseDocument } from "yaml";
import type { CliFileSystem } from "../io.js";
import type { Problem } from "../problem.js";
import { lineColumn } from "./line-column.js";
import { locateJsonSyntaxError } from "./locate-json-syntax-error.js";

/** The syntax a file is read with. */
export type InputSyntax = "json" | "yaml";

/** The data of a file, or the one problem that stopped it from being read. */
export type ReadResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problem: Problem };

/**
 * The syntax for a path: `.yaml` and `.yml` are YAML, everything else JSON
 * (a path given explicitly is read whatever its extension). `.md` and
 * `.markdown` files never get here: `loadArticle` reads them as newsdoc
 * Markdown.
 */
export function syntaxOf(path: string): InputSyntax {
  return /\.ya?ml$/i.test(path) ? "yaml" : "json";
}

/**
 * Reads one article file as JSON or YAML (by {@link syntaxOf}) and returns
 * its data, not yet validated. Never throws: a missing or unreadable file,
 * text that is not UTF-8 and a syntax error each become a {@link Problem}
 * (syntax errors with line and column).
 *
 * @example
 * ```ts
 * const result = await readArticleFile("/articles/a.json", fs);
 * if (!result.ok) console.error(result.problem.message);
 * ```
 */
export async function readArticleFile(path: string, fs: CliFileSystem): Promise<ReadResult> {
  const read = await readTextFile(path, fs);
  if (!read.ok) return read;
  return parseArticleText(read.text, syntaxOf(path));
}

/**
 * Reads a file as UTF-8 text. Never throws: a missing or unreadable file and
 * bytes that are not UTF-8 become a {@link Problem}.
 */
export async function readTextFile(
  path: string,
  fs: CliFileSystem,
): Promise<
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem }
> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (cause) {
    return { ok: false, problem: fileProblem(cause) };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: {
        severity: "error",
        code: "not-utf8",
        message:
          "The file is not UTF-8 text (is it binary, or saved in another encoding?). Save it as UTF-8.",
      },
    };
  }
  return { ok: true, text };
}

/**
 * Parses the text of an article file. A leading byte-order mark is ignored.
 * Never throws.
 *
 * @example
 * ```ts
 * parseArticleText('{"a": }', "json");
 * // { ok: false, problem: { code: "json-syntax", line: 1, column: 7, … } }
 * ```
 */
export function parseArticleText(text: string, syntax: InputSyntax): ReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return syntax === "yaml" ? parseYaml(source) : parseJson(source);
}

function parseJson(text: string): ReadResult {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (cause) {
    const located = locateJsonSyntaxError(text);
    const offset = located?.offset ?? 0;
    const message = located?.message ?? `Not valid JSON: ${errorMessage(cause)}`;
    return { ok: false, problem: syntaxProblem("json-syntax", message, text, offset) };
  }
}

function parseYaml(text: string): ReadResult {
  try {
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first !== undefined) {
      return {
        ok: false,
        problem: syntaxProblem("yaml-syntax", sentence(first.message), text, first.pos[0]),
      };
    }
    // toJS enforces yaml's alias limit, so a "billion laughs" file fails here.
    return { ok: true, data: document.toJS({ maxAliasCount: 100 }) };
  } catch (cause) {
    return {
      ok: false,
      problem: { severity: "error", code: "yaml-syntax", message: sentence(errorMessage(cause)) },
    };
  }
}

function syntaxProblem(code: string, message: string, text: string, offset: number): Problem {
  const { line, column } = lineColumn(text, offset);
  return { severity: "error", code, message, line, column };
}

/** A read failure as a problem a person can act on. */
function fileProblem(cause: unknown): Problem {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return {
        severity: "error",
        code: "file-not-found",
        message: "No such file. Check the path.",
      };
    case "EACCES":
    case "EPERM":
      return {
        severity: "error",
        code: "file-unreadable",
        message: "Permission denied: the file cannot be read. Check its permissions.",
      };
    case "EISDIR":
      return {
        severity: "error",
        code: "file-unreadable",
        message: "This is a folder, not a file.",
      };
    default:
      return {
        severity: "error",
        code: "file-unreadable",
        message: `The file cannot be read: ${errorMessage(cause)}`,
      };
  }
}

function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
