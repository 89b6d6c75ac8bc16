import { join, normalize, resolve } from "node:path";
import type { CliFileSystem } from "../io.js";
import type { Problem } from "../problem.js";
import type { InputSource } from "./input-source.js";
import { isRegistryText } from "./is-registry-file.js";

/** A path that could not be turned into inputs, and why. */
export interface PathProblem {
  /** The path as the user wrote it. */
  readonly display: string;
  readonly problem: Problem;
}

/** The inputs found under the given paths, the paths that gave none, and the files a folder walk left out. */
export interface CollectedFiles {
  readonly inputs: readonly InputSource[];
  readonly problems: readonly PathProblem[];
  /**
   * The files of a walked folder that were left out as no article — an
   * entity registry, a Markdown file without front matter — each with a
   * note (severity `info`, code {@link SKIPPED_REGISTRY} or
   * {@link SKIPPED_MARKDOWN}) saying why and how to read it anyway. Never a
   * failure: a command prints them and its exit code does not change.
   */
  readonly skipped: readonly PathProblem[];
}

/** The code of the note for a registry file a folder walk left out. */
export const SKIPPED_REGISTRY = "skipped-registry";
/** The code of the note for a Markdown file without front matter a folder walk left out. */
export const SKIPPED_MARKDOWN = "skipped-markdown";

const REGISTRY_NOTE: Problem = {
  severity: "info",
  code: SKIPPED_REGISTRY,
  message:
    "Skipped: an entity registry (its top level is a list), not an article. An article is a mapping (newsdoc: 1, id, headline, …); name the file on the command line to read it as one anyway.",
};
const MARKDOWN_NOTE: Problem = {
  severity: "info",
  code: SKIPPED_MARKDOWN,
  message:
    "Skipped: Markdown without YAML front matter (a README, say), not a newsdoc article, which opens with a --- line. Name the file on the command line to read it as one anyway, or convert plain Markdown with newsdoc import.",
};

const ARTICLE_FILE = /\.(json|ya?ml|md|markdown)$/i;
const MARKDOWN_FILE = /\.(md|markdown)$/i;
const DATA_FILE = /\.(json|ya?ml)$/i;
// Enough of a file to see past comments to its first value.
const HEAD_BYTES = 4096;
/** YAML front matter: the file's first line is `---` (after a byte order mark). */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n/;

/** What a folder walk does with a file: takes it, leaves it alone (not its kind), or skips it with a note. */
type Verdict = typeof TAKEN | typeof LEFT_ALONE | Problem;
const TAKEN = "taken";
const LEFT_ALONE = "left alone";

/** Which files a folder walk takes. */
export interface CollectFilter {
  /** File names a folder gives. Default: `.json`, `.yaml`, `.yml`, `.md`, `.markdown`. */
  readonly pattern?: RegExp;
  /**
   * Whether a folder's `.md`/`.markdown` file must open with YAML front
   * matter to be taken (so a README.md or CHANGELOG.md beside the articles
   * is not read as one). Default `true`; `newsdoc import` passes `false`,
   * since plain CommonMark is what it converts.
   */
  readonly markdownNeedsFrontMatter?: boolean;
  /** How the "no files" problem names what a folder should hold. */
  readonly describe?: string;
}

/**
 * Turns the paths of a command line into article files. A file is taken as
 * given, whatever its extension; a folder is walked recursively for `*.json`,
 * `*.yaml`, `*.yml`, and `*.md` / `*.markdown` files that open with YAML
 * front matter (newsdoc Markdown always does; a README.md does not), skipping
 * entity registries (YAML or JSON whose top level is a list, as
 * `entities: ./people.yaml` names them; an article is a mapping),
 * `node_modules`, hidden files and folders (names starting with `.`) and
 * symbolic links to folders (which could loop). `filter` changes which files
 * a folder gives. Each registry and Markdown file left out is listed in
 * `skipped` with a note, so that no article is dropped without a word.
 *
 * The order is deterministic: paths in the order given, each folder's files
 * sorted by name (by code unit, not locale). A file reached twice is listed
 * (or skipped) once. A missing path, an unreadable folder and a folder without article
 * files are reported as problems; the other paths are still collected.
 *
 * @example
 * ```ts
 * const { inputs, problems } = await collectFiles(["articles", "extra.json"], { cwd, fs });
 * ```
 */
export async function collectFiles(
  paths: readonly string[],
  options: { readonly cwd: string; readonly fs: CliFileSystem },
  filter: CollectFilter = {},
): Promise<CollectedFiles> {
  const { cwd, fs } = options;
  const pattern = filter.pattern ?? ARTICLE_FILE;
  const needsFrontMatter = filter.markdownNeedsFrontMatter ?? true;
  const takes = async (path: string, name: string): Promise<Verdict> => {
    if (!pattern.test(name)) return LEFT_ALONE;
    const markdown = needsFrontMatter && MARKDOWN_FILE.test(name);
    if (!markdown && !DATA_FILE.test(name)) return TAKEN;
    let head: string;
    try {
      head = new TextDecoder().decode(await fs.readHead(path, HEAD_BYTES));
    } catch {
      return TAKEN; // Unreadable: taken, so that reading it reports why.
    }
    // An entity registry beside the articles that use it is not an article.
    if (markdown) return FRONT_MATTER.test(head) ? TAKEN : MARKDOWN_NOTE;
    return isRegistryText(head) ? REGISTRY_NOTE : TAKEN;
  };
  const inputs: InputSource[] = [];
  const problems: PathProblem[] = [];
  const skipped: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, display: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ kind: "file", path, display });
  };
  const skip = (path: string, display: string, note: Problem) => {
    if (seen.has(path)) return;
    seen.add(path);
    skipped.push({ display, problem: note });
  };

  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let stats: Awaited<ReturnType<CliFileSystem["stat"]>>;
    try {
      stats = await fs.stat(absolute);
    } catch (cause) {
      problems.push({ display: given, problem: pathProblem(cause) });
      continue;
    }
    if (!stats.isDirectory()) {
      add(absolute, given);
      continue;
    }
    const inputsBefore = inputs.length;
    const problemsBefore = problems.length;
    await walk(absolute, given, fs, takes, add, skip, problems);
    if (inputs.length === inputsBefore && problems.length === problemsBefore) {
      problems.push({
        display: given,
        problem: {
          severity: "error",
          code: "no-input-files",
          message: `The folder contains no ${filter.describe ?? ".json, .yaml or .yml files, nor .md or .markdown files with YAML front matter"}.`,
        },
      });
    }
  }
  return { inputs, problems, skipped };
}

async function walk(
  folder: string,
  display: string,
  fs: CliFileSystem,
  takes: (path: string, name: string) => Promise<Verdict>,
  add: (path: string, display: string) => void,
  skip: (path: string, display: string, note: Problem) => void,
  problems: PathProblem[],
): Promise<void> {
  let entries: Awaited<ReturnType<CliFileSystem["readdir"]>>;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (cause) {
    problems.push({ display, problem: pathProblem(cause) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    const shown = normalize(join(display, entry.name));
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.stat(path);
        isFile = target.isFile();
        isDirectory = false;
      } catch {
        continue; // A dangling link in a folder is not an article file.
      }
    }
    if (isDirectory) await walk(path, shown, fs, takes, add, skip, problems);
    else if (isFile) {
      const verdict = await takes(path, entry.name);
      if (verdict === TAKEN) add(path, shown);
      else if (verdict !== LEFT_ALONE) skip(path, shown, verdict);
    }
  }
}

function pathProblem(cause: unknown): Problem {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return {
      severity: "error",
      code: "file-not-found",
      message: "No such file or folder. Check the path.",
    };
  }
  if (code === "EACCES" || code === "EPERM") {
    return {
      severity: "error",
      code: "file-unreadable",
      message: "Permission denied. Check the permissions of the path.",
    };
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { severity: "error", code: "file-unreadable", message: `Cannot read: ${detail}` };
}
