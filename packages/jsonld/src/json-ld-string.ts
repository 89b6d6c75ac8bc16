/** Options of {@link jsonLdString} and {@link jsonLdScript}. */
export interface JsonLdStringOptions {
  /**
   * Indentation for pretty output, as `JSON.stringify`'s `space` (a number
   * of spaces up to 10, or a string of at most 10 characters). Default:
   * none (compact).
   */
  space?: number | string;
}

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
const toEscape = (char: string): string => ESCAPES[char]!;

/**
 * Serialises JSON-LD (or any JSON value) so it is safe inside an HTML
 * `<script>` element: every `<`, `>`, `&`, U+2028 and U+2029 is written as
 * `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. Those characters only
 * occur inside JSON strings, where the escapes mean the same characters,
 * so the text is still JSON and `JSON.parse` gives back the same data —
 * but no string can close the script (`</script>`) or open a comment
 * (`<!--`).
 *
 * @throws TypeError when the data cannot be serialised (a cycle, a BigInt,
 * or a value such as `undefined` that has no JSON form).
 *
 * @example
 * ```ts
 * jsonLdString({ text: "</script><!--" }); // '{"text":"\\u003c/script\\u003e\\u003c!--"}'
 * ```
 */
export function jsonLdString(data: unknown, options?: JsonLdStringOptions): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data, null, options?.space);
  } catch (error) {
    throw new TypeError(
      `jsonLdString: the data cannot be serialised as JSON (${error instanceof Error ? error.message : String(error)}). Pass the object toJsonLd() returns, or plain JSON data.`,
      { cause: error },
    );
  }
  if (json === undefined) {
    throw new TypeError(
      `jsonLdString: ${typeof data} has no JSON form. Pass the object toJsonLd() returns, or plain JSON data.`,
    );
  }
  // Fast path: most documents have none of the five characters. Five
  // `indexOf` scans are native memchr-like searches, an order of magnitude
  // faster than one scan with a character-class regex (see bench/HISTORY.md).
  if (
    json.indexOf("<") === -1 &&
    json.indexOf(">") === -1 &&
    json.indexOf("&") === -1 &&
    json.indexOf("\u2028") === -1 &&
    json.indexOf("\u2029") === -1
  ) {
    return json;
  }
  return json.replace(UNSAFE, toEscape);
}
