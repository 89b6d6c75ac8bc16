/**
 * The process exit codes of `newsdoc`.
 *
 * - `0` (`ok`): every input passed.
 * - `1` (`invalid`): an input could not be read or parsed, is not a valid
 *   article, has lint warnings under `lint --strict`, or failed to render or write.
 * - `2` (`usage`): the command line is wrong (unknown command, flag or format,
 *   no paths, outputs that would collide or overwrite an input).
 */
export const ExitCode = {
  ok: 0,
  invalid: 1,
  usage: 2,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
