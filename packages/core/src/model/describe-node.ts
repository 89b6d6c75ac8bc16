/**
 * A short description of a value that is not a node, for messages:
 * `null`, `an array`, `a number`, `a node of type "table"`, `an object
 * without a string \`type\``.
 *
 * @example
 * ```ts
 * describeNode({ type: "tabel" }); // 'a node of type "tabel"'
 * ```
 */
export function describeNode(node: unknown): string {
  if (node === null) return "null";
  if (Array.isArray(node)) return "an array";
  if (typeof node !== "object") return `a ${typeof node}`;
  const type = (node as { type?: unknown }).type;
  return typeof type === "string"
    ? `a node of type ${JSON.stringify(type)}`
    : "an object without a string `type`";
}

/** For a node whose type is not known: how a custom node type is made known. */
export function customHint(node: unknown): string {
  const type =
    node !== null && typeof node === "object" ? (node as { type?: unknown }).type : undefined;
  return typeof type === "string"
    ? ` (for a custom node type, define "${type}" with defineNode() before walking or rendering)`
    : "";
}
