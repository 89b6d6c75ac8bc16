/**
 * Thrown by `fromAns` when the input is not an ANS document it can read:
 * not a JSON object, or not a `story` nor a content element. Anything less
 * is read as far as it goes and reported, never thrown.
 */
export class AnsImportError extends Error {
  override readonly name = "AnsImportError";
}
