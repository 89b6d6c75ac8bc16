// What may come before a YAML document's content: a byte order mark, blank
// lines, comments, directives (`%YAML 1.2`) and the `---` document marker.
const PREAMBLE =
  /^\uFEFF?(?:[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\r?\n|---[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*/;

/**
 * Whether a `.yaml`, `.yml` or `.json` file's text is an entity registry
 * (`entities: ./people.yaml`, `--entities`) rather than an article: its top
 * level is a list of mappings (a YAML block sequence whose first item is a
 * mapping, `- id: …`, or a flow sequence / JSON array of objects `[{…}]`,
 * or an empty `[]`), while an article is always a mapping. Any other list
 * (`[[[…]]]`, `- - x`, `[1]`) is not a registry: it is read as an article,
 * and its error reported. Only the start of the file is needed.
 *
 * @example
 * ```ts
 * isRegistryText("- id: putin\n  type: Person\n  name: Vladimir Putin\n"); // true
 * isRegistryText("newsdoc: 1\nid: a\n"); // false
 * ```
 */
export function isRegistryText(text: string): boolean {
  const rest = text.slice(PREAMBLE.exec(text)?.[0].length ?? 0);
  if (rest.startsWith("[")) return /^\[\s*[{\]]/.test(rest);
  // `- key: value` or `- {…}` on the first line, or `-` alone with the item's keys below.
  return /^-(?:[ \t]+\{|[ \t]+[^\s#\-[{][^\n]*?:(?:[ \t\r\n]|$)|[ \t]*(?:#[^\n]*)?\r?\n)/.test(
    rest,
  );
}
