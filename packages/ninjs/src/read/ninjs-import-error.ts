/**
 * Thrown by `fromNinjs` when the input is not a ninjs item at all (not a
 * JSON object, or no string `uri`). Anything less is read as far as it
 * goes and reported, never thrown.
 */
export class NinjsImportError extends Error {
  override readonly name = "NinjsImportError";
}
