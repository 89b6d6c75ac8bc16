/**
 * The article data with the registry's entities merged in, before
 * validation: an entity with the id of one already there replaces it, new
 * ones are added at the end. Data that is not an object is returned as it is
 * (validation then says what is wrong with it).
 */
export function mergeEntities(data: unknown, registry: readonly unknown[]): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  const idOf = (e: unknown) =>
    e !== null && typeof e === "object" ? (e as { id?: unknown }).id : undefined;
  const current = (data as { entities?: unknown }).entities;
  const existing: unknown[] = Array.isArray(current) ? current : [];
  const byId = new Map(
    registry.filter((e) => typeof idOf(e) === "string").map((e) => [idOf(e), e]),
  );
  const entities = existing.map((e) => byId.get(idOf(e)) ?? e);
  const known = new Set(existing.map(idOf));
  for (const e of registry) if (!known.has(idOf(e))) entities.push(e);
  return { ...data, entities };
}

/** The entities of a registry file: an array, or an object with an `entities` array. */
export function registryEntities(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (
    data !== null &&
    typeof data === "object" &&
    Array.isArray((data as { entities?: unknown }).entities)
  ) {
    return (data as { entities: unknown[] }).entities;
  }
  return undefined;
}
