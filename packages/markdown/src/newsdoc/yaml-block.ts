import { yamlString } from "../front-matter.js";

/** A JSON value, as front matter holds it. */
export type YamlValue =
  | string
  | number
  | boolean
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue | undefined };

function scalar(value: string | number | boolean): string {
  return typeof value === "string" ? yamlString(value) : String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean {
  return typeof value !== "object";
}

function lines(value: YamlValue, indent: string): string {
  if (isScalar(value)) return ` ${scalar(value)}\n`;
  if (Array.isArray(value)) {
    if (value.length === 0) return " []\n";
    let out = "\n";
    for (const item of value as readonly YamlValue[]) {
      if (isScalar(item) || Array.isArray(item)) out += `${indent}-${lines(item, `${indent}  `)}`;
      else {
        const body = mapping(item as Record<string, YamlValue>, `${indent}  `);
        out += body === "" ? `${indent}- {}\n` : `${indent}- ${body.slice(indent.length + 2)}`;
      }
    }
    return out;
  }
  const body = mapping(value as Record<string, YamlValue>, `${indent}  `);
  return body === "" ? " {}\n" : `\n${body}`;
}

function mapping(value: Readonly<Record<string, YamlValue | undefined>>, indent: string): string {
  let out = "";
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out += `${indent}${/^[A-Za-z$][A-Za-z0-9]*$/.test(key) ? key : yamlString(key)}:${lines(item, indent)}`;
  }
  return out;
}

/**
 * A YAML block mapping of JSON data that any YAML 1.2 parser reads back as
 * the same data: every string double-quoted (see `yamlString`), nested
 * mappings and sequences in block style, empty ones as `{}` and `[]`.
 *
 * @example
 * ```ts
 * yamlBlock({ id: "a", authors: [] }); // 'id: "a"\nauthors: []\n'
 * ```
 */
export function yamlBlock(value: Readonly<Record<string, YamlValue | undefined>>): string {
  return mapping(value, "");
}
