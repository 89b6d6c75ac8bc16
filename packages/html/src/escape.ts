import type { Html } from "./html.js";

/**
 * The escaping table: which characters are unsafe in which context, and
 * what replaces them. Text (element content, including `<title>`) needs
 * `&`, `<` and `>`; a double-quoted attribute value needs `&` and `"` (this
 * package never writes single-quoted or unquoted attributes).
 */
export const ESCAPES = {
  text: { "&": "&amp;", "<": "&lt;", ">": "&gt;" },
  attribute: { "&": "&amp;", '"': "&quot;" },
} as const satisfies Record<string, Record<string, string>>;

/** An escaping context of {@link ESCAPES}. */
export type EscapeContext = keyof typeof ESCAPES;

function compile(table: Readonly<Record<string, string>>): (value: string) => string {
  const keys = Object.keys(table);
  const chars = keys.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  // One test, then one replace only for the strings that need it: most
  // text has nothing to escape. The test is an `indexOf` scan per character
  // (two for attributes, three for text), which beats a regex test on the
  // short strings text nodes and attributes hold: toHtml about 4% faster
  // (bench/HISTORY.md). Any other table gets the regex test.
  const all = new RegExp(`[${chars}]`, "g");
  const replace = (ch: string) => table[ch]!;
  if (keys.length < 2 || keys.length > 3) {
    const test = new RegExp(`[${chars}]`);
    return (value) => (test.test(value) ? value.replace(all, replace) : value);
  }
  const [a, b, c] = keys as [string, string, string | undefined];
  if (c === undefined) {
    return (value) =>
      value.indexOf(a) !== -1 || value.indexOf(b) !== -1 ? value.replace(all, replace) : value;
  }
  return (value) =>
    value.indexOf(a) !== -1 || value.indexOf(b) !== -1 || value.indexOf(c) !== -1
      ? value.replace(all, replace)
      : value;
}

const text = compile(ESCAPES.text);
const attribute = compile(ESCAPES.attribute);

/**
 * Escapes text for element content: `&`, `<`, `>` become `&amp;`, `&lt;`,
 * `&gt;`. The result is `Html` that shows exactly `value`.
 *
 * Not for attribute values — `"` is left alone here; use
 * {@link escapeAttribute} (or `element`, which does it for you).
 *
 * @example
 * ```ts
 * escapeText("Tom & Jerry <3"); // "Tom &amp; Jerry &lt;3"
 * ```
 */
export function escapeText(value: string): Html {
  if (typeof value !== "string") {
    throw new TypeError(`escapeText(value) takes a string, got ${typeof value}.`);
  }
  return text(value) as Html;
}

/**
 * Escapes a value for a double-quoted attribute: `&` and `"` become
 * `&amp;` and `&quot;`. Only safe between double quotes, so the result is a
 * plain `string`, not `Html`: `<` is left alone, and as element content it
 * would be markup. Builders (`tag`, `element`) escape attribute values
 * themselves.
 *
 * @example
 * ```ts
 * `<abbr title="${escapeAttribute('The "Kremlin"')}">`; // title="The &quot;Kremlin&quot;"
 * ```
 */
export function escapeAttribute(value: string): string {
  if (typeof value !== "string") {
    throw new TypeError(`escapeAttribute(value) takes a string, got ${typeof value}.`);
  }
  return attribute(value);
}

/** Internal fast paths, without the argument check (callers pass model strings). */
export const escText = text as (value: string) => Html;
/** Internal fast path for attribute values. */
export const escAttr: (value: string) => string = attribute;
