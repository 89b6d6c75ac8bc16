import { type Entity, type EntityId, RECORD_TABLE } from "@newsdoc/core/kit";

/**
 * Which entities the registry links directly, in either direction, through
 * the reference fields the model's record table lists (a person's
 * `affiliation`, a place's `containedInPlace`, an event's `location` and
 * `attendees`, a work's `authors` and `publisher`, …).
 */
export interface Relations {
  related(a: EntityId, b: EntityId): boolean;
}

/** Builds the {@link Relations} of a registry. */
export function relationsOf(entities: readonly Entity[]): Relations {
  const links = new Map<EntityId, Set<EntityId>>();
  const link = (a: EntityId, b: EntityId) => {
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  for (const entity of entities) {
    const fields = RECORD_TABLE.entity[entity.type] as readonly {
      registry: string;
      get(e: Entity): string | readonly string[] | undefined;
    }[];
    for (const field of fields) {
      if (field.registry !== "entities") continue;
      const value = field.get(entity);
      for (const id of typeof value === "string" ? [value] : (value ?? [])) {
        link(entity.id, id);
        link(id, entity.id);
      }
    }
  }
  return { related: (a, b) => links.get(a)?.has(b) === true };
}
