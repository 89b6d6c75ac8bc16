import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { CliFileSystem, WritableFileHandle } from "../io.js";

/** Temporary files being written right now, so a signal handler can remove them. */
const pending = new Set<string>();

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
 * failure the temporary file is removed and the error is rethrown.
 *
 * @example
 * ```ts
 * await writeFileAtomic("out/article.html", html, fs);
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: CliFileSystem,
): Promise<void> {
  const temp = tempPathFor(path);
  let handle: WritableFileHandle | undefined;
  pending.add(temp);
  try {
    // "wx": never reuse an existing file, even one with our temporary name.
    handle = await fs.open(temp, "wx", 0o666);
    await handle.writeFile(data);
    await handle.sync();
    const open = handle;
    handle = undefined;
    await open.close();
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
 * Removes the temporary files of writes still in progress. For a signal
 * handler (Ctrl-C): the process is about to end, so this is synchronous and
 * ignores files that are already gone.
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
