import { type Markdown, trusted } from "../markdown.js";

// An id that can be written as `#id` or `key=value` without quotes.
const BARE = /^[A-Za-z][A-Za-z0-9_-]*$/;
// A list item that can stand in a space-separated list.
const LIST_ITEM = /^[A-Za-z0-9_.:/-]+$/;
// `&` and `"` would end or change the value; brackets would end an
// enclosing directive label (micromark balances them before it reads
// attributes); a backslash could escape what follows.
const ATTRIBUTE_UNSAFE = /[&"\n\r[\]\\]/g;
const ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
};

function quoted(value: string): string {
  return `"${value.replace(ATTRIBUTE_UNSAFE, (c) => ENTITY[c]!)}"`;
}

/** A directive attribute value: a string, a number, a boolean, or a list of strings. */
export type AttributeValue = string | number | boolean | readonly string[] | undefined;

/**
 * A directive's attribute block, `{#id key=value key="a value"}`, that
 * micromark-extension-directive reads back as the same strings: values are
 * quoted and character-escaped where needed; lists are space-separated, or
 * a JSON array when an item holds a space or a quote. `undefined` values
 * are left out; an empty block is `""`.
 */
export function attributes(
  id: string | undefined,
  values: Readonly<Record<string, AttributeValue>>,
  classes: readonly string[] = [],
): Markdown {
  const parts: string[] = [];
  if (id !== undefined) parts.push(BARE.test(id) ? `#${id}` : `id=${quoted(id)}`);
  for (const name of classes) parts.push(`.${name}`);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    let text: string;
    if (typeof value === "string") text = value;
    else if (typeof value === "number" || typeof value === "boolean") text = String(value);
    else
      text = value.every((item) => LIST_ITEM.test(item)) ? value.join(" ") : JSON.stringify(value);
    parts.push(`${key}=${BARE.test(text) ? text : quoted(text)}`);
  }
  return trusted(parts.length === 0 ? "" : `{${parts.join(" ")}}`);
}
