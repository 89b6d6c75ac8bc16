import type { Article } from "@newsdoc/core";
import type { CliFileSystem } from "../io.js";
import { writeFileAtomic } from "../output/write-atomic.js";
import type { Problem } from "../problem.js";
import { RENDER_TARGETS, type RenderFlags, type RenderFormat } from "./render-targets.js";

/** Text is handed to the file system in pieces of at least this many characters (one write for most articles). */
const WRITE_SIZE = 64 * 1024;

/** An error thrown by a renderer while its chunks were being written (not by the file system). */
class RenderFailure {
  constructor(readonly error: unknown) {}
}

/** The problem a renderer's error becomes: the renderer's message, the stack with `--debug`. */
export function renderFailed(format: RenderFormat, error: unknown, debug: boolean): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return {
    severity: "error",
    code: "render-failed",
    message: `Rendering as ${format} failed: ${message}${stack}`,
  };
}

/** What the format cannot carry for this article, as warnings (interchange formats only). */
export function lossWarnings(article: Article, format: RenderFormat): Problem[] {
  return (RENDER_TARGETS[format].losses?.(article) ?? []).map(
    (message): Problem => ({ severity: "warning", code: `not-in-${format}`, message }),
  );
}

/** The renderer's chunks joined into pieces of at least {@link WRITE_SIZE}, its errors marked as its own. */
function* pieces(chunks: Iterable<string>): Generator<string, void, undefined> {
  let iterator: Iterator<string>;
  try {
    iterator = chunks[Symbol.iterator]();
  } catch (error) {
    throw new RenderFailure(error);
  }
  let piece = "";
  while (true) {
    let next: IteratorResult<string>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new RenderFailure(error);
    }
    if (next.done) break;
    piece += next.value;
    if (piece.length >= WRITE_SIZE) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}

/** What {@link writeRendered} reports: problems (the file was not written) and warnings. */
export interface WriteRenderedOutcome {
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/**
 * Renders a valid article as `format` into the file at `path`, atomically:
 * a temporary file in the same folder, renamed over `path` only when all
 * of it is written. Formats that stream (md, html, html-document) are
 * written block by block, so memory stays bounded by the largest block;
 * a renderer that fails mid-way leaves no partial file and `path` as it
 * was. One file per call: scheduling many (threads, concurrency) is the
 * caller's.
 *
 * @example
 * ```ts
 * const { problems } = await writeRendered(article, "html", flags, "out/a.html", "out/a.html", fs, false);
 * ```
 */
export async function writeRendered(
  article: Article,
  format: RenderFormat,
  flags: RenderFlags,
  path: string,
  display: string,
  fs: CliFileSystem,
  debug: boolean,
): Promise<WriteRenderedOutcome> {
  const target = RENDER_TARGETS[format];
  let data: string | Iterable<string>;
  let warnings: Problem[];
  try {
    // Options are checked here, before any file is opened.
    data = target.chunks ? pieces(target.chunks(article, flags)) : target.render(article, flags);
    warnings = lossWarnings(article, format);
  } catch (error) {
    return { problems: [renderFailed(format, error, debug)], warnings: [] };
  }
  try {
    await writeFileAtomic(path, data, fs);
  } catch (error) {
    if (error instanceof RenderFailure) {
      const problem = renderFailed(format, error.error, debug);
      const message = `${problem.message} No partial file was left; a file already there is unchanged.`;
      return { problems: [{ ...problem, message }], warnings: [] };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          severity: "error",
          code: "write-failed",
          message: `Could not write ${display}: ${reason}. No partial file was left; a file already there is unchanged.`,
        },
      ],
      warnings: [],
    };
  }
  return { problems: [], warnings };
}
