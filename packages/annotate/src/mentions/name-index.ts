import type { Entity, EntityId } from "@newsdoc/core/kit";

/** One name the registry gives, and every entity that carries it. */
export interface IndexedName {
  readonly name: string;
  readonly entities: readonly EntityId[];
}

/**
 * Every `name` and `alternateNames` entry of the registry, longest first
 * (so "Eastern Military District" is tried before "Military District"),
 * bucketed by first character. A name two entities share keeps both ids:
 * a match on it is ambiguous.
 */
export interface NameIndex {
  /** Names starting with `ch`, longest first. */
  startingWith(ch: string): readonly IndexedName[];
}

/** Builds the {@link NameIndex} of `entities`, leaving out the ids in `exclude`. */
export function nameIndex(entities: readonly Entity[], exclude: ReadonlySet<EntityId>): NameIndex {
  const byName = new Map<string, EntityId[]>();
  for (const entity of entities) {
    if (exclude.has(entity.id)) continue;
    for (const raw of [entity.name, ...(entity.alternateNames ?? [])]) {
      const name = raw.trim();
      if (name === "") continue;
      const ids = byName.get(name) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      byName.set(name, ids);
    }
  }
  const buckets = new Map<string, IndexedName[]>();
  for (const [name, ids] of byName) {
    const first = String.fromCodePoint(name.codePointAt(0)!);
    const bucket = buckets.get(first) ?? [];
    bucket.push({ name, entities: ids });
    buckets.set(first, bucket);
  }
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  }
  return { startingWith: (ch) => buckets.get(ch) ?? [] };
}
