import type { OutputStream } from "../io.js";

/** A batch's progress: call `tick` once per finished item and `done` at the end. */
export interface Progress {
  tick(): void;
  done(): void;
}

/** Batches of more files than this show a progress bar (on a terminal, without `--quiet`). */
export const PROGRESS_MIN_FILES = 5;

const WIDTH = 24;
const CLEAR_LINE = "\r\u001b[2K";

/** Whether a batch of `total` files shows a progress bar on `stream`. */
export function showsProgress(stream: OutputStream, total: number, quiet: boolean): boolean {
  return stream.isTTY === true && total > PROGRESS_MIN_FILES && !quiet;
}

/**
 * A one-line progress bar, redrawn in place on a terminal (`[######----] 12/40 files`)
 * and erased by `done`, so it never ends up in a log. When `enabled` is false
 * it writes nothing. It redraws only when the whole percentage changes, so a
 * batch of 100,000 files writes at most about a hundred frames.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, files.length, showsProgress(process.stderr, files.length, quiet));
 * for (const file of files) { await work(file); progress.tick(); }
 * progress.done();
 * ```
 */
export function createProgress(stream: OutputStream, total: number, enabled: boolean): Progress {
  if (!enabled || total <= 0) return { tick: () => {}, done: () => {} };
  let finished = 0;
  let shownPercent = -1;
  let visible = false;
  const draw = () => {
    const percent = Math.floor((finished * 100) / total);
    if (percent === shownPercent && finished !== total) return;
    shownPercent = percent;
    const filled = Math.round((finished * WIDTH) / total);
    stream.write(
      `${CLEAR_LINE}[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${finished}/${total} files`,
    );
    visible = true;
  };
  draw();
  return {
    tick() {
      if (finished < total) finished++;
      draw();
    },
    done() {
      if (visible) stream.write(CLEAR_LINE);
      visible = false;
    },
  };
}
