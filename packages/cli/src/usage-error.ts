/**
 * A mistake on the command line. `main` prints its message with a pointer
 * to `--help` and exits with code 2; it is never shown with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
