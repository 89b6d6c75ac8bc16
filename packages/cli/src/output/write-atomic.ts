import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { CliFileSystem, WritableFileHandle } from "../io.js";

/** Temporary files being written right now, so a signal handler can remove them. */
const pending = new Set<string>();
/** Writes in progress, so a signal handler can wait for them to clean up. */
const inFlight = new Set<Promise<void>>();
/** Set by {@link abortWrites}: every write in progress stops at its next step. */
let aborted = false;

/** The error a write stopped by {@link abortWrites} rejects with. */
export class WriteAbortedError extends Error {
  override readonly name = "WriteAbortedError";
  constructor(path: string) {
    super(`Writing ${path} was interrupted; nothing was written there.`);
  }
}

/**
 * The temporary path {@link writeFileAtomic} writes before renaming: a hidden
 * file in the same folder (a rename is atomic only within one file system),
 * unique per process and call.
 */
export function tempPathFor(path: string): string {
  const suffix = `${process.pid}-${randomBytes(6).toString("hex")}`;
  return join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
}

/**
 * Writes `data` to `path` so that `path` is either left as it was or holds
 * all of `data`, never a part: the data goes to a temporary file in the same
 * folder, is flushed to disk (`fsync`), and is renamed over `path`. On any
 * failure the temporary file is removed and the error is rethrown. `data`
 * may be an iterable of strings (a streaming renderer's chunks), written as
 * it is made; an error thrown while making a chunk is a failure like any other.
 *
 * @example
 * ```ts
 * await writeFileAtomic("out/article.html", html, fs);
 * ```
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string>,
  fs: CliFileSystem,
): Promise<void> {
  const writing = write(path, data, fs);
  const tracked = writing.catch(() => {});
  inFlight.add(tracked);
  void tracked.then(() => inFlight.delete(tracked));
  return writing;
}

async function write(
  path: string,
  data: string | Uint8Array | Iterable<string>,
  fs: CliFileSystem,
): Promise<void> {
  const checkAborted = () => {
    if (aborted) throw new WriteAbortedError(path);
  };
  // A stream of chunks stops at the next chunk when the writes are aborted.
  const checked = (chunks: Iterable<string>) =>
    (function* () {
      for (const chunk of chunks) {
        checkAborted();
        yield chunk;
      }
    })();
  checkAborted();
  const temp = tempPathFor(path);
  let handle: WritableFileHandle | undefined;
  pending.add(temp);
  try {
    // "wx": never reuse an existing file, even one with our temporary name.
    handle = await fs.open(temp, "wx", 0o666);
    checkAborted();
    await handle.writeFile(
      typeof data === "string" || data instanceof Uint8Array ? data : checked(data),
    );
    checkAborted();
    await handle.sync();
    const open = handle;
    handle = undefined;
    await open.close();
    checkAborted();
    await fs.rename(temp, path);
  } catch (error) {
    if (handle !== undefined) await handle.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/**
 * Stops every write in progress at its next step and resolves when each has
 * removed its temporary file (or finished its rename); writes started later
 * fail at once. For a signal handler: after this, exiting leaves only
 * complete outputs and no temporary files.
 */
export async function abortWrites(): Promise<void> {
  aborted = true;
  await Promise.all([...inFlight]);
}

/**
 * Removes the temporary files of writes still in progress, synchronously:
 * the last resort of a signal handler when {@link abortWrites} does not
 * finish (a file system that hangs), or on a second Ctrl-C. A file whose
 * creation is still under way in the thread pool can escape it.
 */
export function removePendingTempFilesSync(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or never created.
    }
    pending.delete(temp);
  }
}
