import type { Entity } from "@newsdoc/core";
import type { IdAllocator } from "@newsdoc/interop-kit";

/** The registry an import builds: entities by id and by name, and fresh ids. */
export class Registry {
  readonly entities: Entity[] = [];
  private readonly byId = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();

  constructor(readonly ids: IdAllocator) {}

  /** Adds an entity (its id must come from `ids`). */
  add(entity: Entity): Entity {
    this.entities.push(entity);
    this.byId.set(entity.id, entity);
    const name = entity.name.trim().toLowerCase();
    if (!this.byName.has(name)) this.byName.set(name, entity);
    return entity;
  }

  /** The entity with this ANS `_id`, else with this name (case-insensitive). */
  find(id: string | undefined, name: string | undefined): Entity | undefined {
    return (
      (id !== undefined ? this.byId.get(id) : undefined) ??
      (name !== undefined ? this.byName.get(name.trim().toLowerCase()) : undefined)
    );
  }
}
