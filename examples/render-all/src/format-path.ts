/**
 * A JSON path as a reader writes it: `body[3].children[1].entity`; the
 * document itself is `(article)`. Keys that are not identifiers are quoted.
 *
 * @example
 * ```ts
 * formatPath(["body", 3, "children", 1]); // "body[3].children[1]"
 * formatPath(["entities", 0, "odd key"]); // 'entities[0]["odd key"]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(article)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
