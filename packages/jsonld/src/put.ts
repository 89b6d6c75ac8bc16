/**
 * Sets `node[key]` unless the value is empty (`undefined`, `""` or `[]`),
 * so the output never carries an empty value. Keys keep insertion order,
 * which is how the node builders fix the output's key order.
 */
export function put<T extends object, K extends keyof T>(
  node: T,
  key: K,
  value: NonNullable<T[K]> | undefined,
): void {
  if (value === undefined || value === "") return;
  if (Array.isArray(value) && value.length === 0) return;
  (node as Record<PropertyKey, unknown>)[key] = value;
}

/** The non-empty strings of a list, or `undefined` when none is left. */
export function texts(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: string[] = [];
  for (const value of values) if (value !== "") out.push(value);
  return out.length > 0 ? out : undefined;
}
