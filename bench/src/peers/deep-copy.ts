/**
 * A plain deep copy of JSON data: the allocation floor of building an
 * object graph of the same shape (as many objects, arrays and properties),
 * with no look-ups or decisions. The bench reads `toJsonLd`'s cost against it.
 */
export function deepCopy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = deepCopy(value[i]);
    return out;
  }
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = deepCopy((value as Record<string, unknown>)[key]);
  return out;
}
