import { type Article, type Entity, NewsdocRenderError } from "@newsdoc/core/kit";
import type { IdReference } from "schema-dts";
import type { GraphNode } from "./graph-node.js";
import type { NodeIds } from "./node-ids.js";
import type { ResolvedOptions } from "./options.js";

/** Which entities have `@id`s of their own. */
export interface GraphIds {
  /** Entity ids whose node is defined elsewhere (the caller's `entityIds`, the site's publisher): referenced, never emitted. */
  readonly external: ReadonlySet<string>;
  /** Authors' profile pages (entity id → URL), for their nodes' `url`. */
  readonly profiles: ReadonlyMap<string, string>;
}

/** What the node builders share while one graph is assembled. */
export interface GraphContext {
  readonly article: Article;
  readonly ids: NodeIds;
  readonly options: ResolvedOptions & GraphIds;
  /** The entity with this id; a {@link NewsdocRenderError} (`unknown_reference`) when there is none. */
  entity(entityId: string): Entity;
  /** Whether the article has a claim with this id. */
  hasClaim(claimId: string): boolean;
  /** The `@id` of an entity's node; the entity gets a node unless its `@id` is external. */
  idOf(entityId: string): string;
  /** A reference to an entity's node; the entity gets a node unless its `@id` is external. */
  ref(entityId: string): IdReference;
  /** References to several entities, in order, without repeats; `undefined` for none. */
  refs(entityIds: readonly string[] | undefined): IdReference[] | undefined;
  /** Entities referenced so far that need a node, in first-reference order. */
  readonly pending: Entity[];
}

/** One registry entry and what the graph has done with it so far. */
export interface Slot {
  readonly entity: Entity;
  /** Its node's `@id`, worked out on the first reference. */
  id: string | undefined;
  /** Whether it has been referenced (and, unless external, queued for a node). */
  queued: boolean;
  /** Its node, once built. */
  node: GraphNode | undefined;
  /** Whether its `@id` was given (an external node, a profile page), so another entity may have the same one. */
  shared: boolean;
  /** The last `refs` call that listed it, so a repeat is dropped without comparing strings. */
  stamp: number;
}

/** The article's entities by id, each with its graph bookkeeping. */
export type EntitySlots = Map<string, Slot>;

/** One entry per entity id; the first one wins, as in the kit's index (validation reports the later duplicates). */
export function entitySlots(article: Article): EntitySlots {
  const slots = new Map<string, Slot>();
  for (const entity of article.entities) {
    if (!slots.has(entity.id))
      slots.set(entity.id, {
        entity,
        id: undefined,
        queued: false,
        node: undefined,
        shared: false,
        stamp: 0,
      });
  }
  return slots;
}

/** The entity with this id, or the kit's `unknown_reference` error naming it. */
export function requireSlot(slots: EntitySlots, entityId: string): Slot {
  const slot = slots.get(entityId);
  if (slot !== undefined) return slot;
  throw new NewsdocRenderError(
    "unknown_reference",
    `The article references entity "${entityId}", which is not in article.entities. Validate the article with parseArticle() before rendering.`,
  );
}

/**
 * Creates the reference bookkeeping for one graph. Each entity's entry
 * (from {@link entitySlots}) also holds its `@id` and whether it is
 * queued, so a reference costs one `Map` look-up.
 */
export function createGraphContext(
  article: Article,
  slots: EntitySlots,
  ids: NodeIds,
  options: ResolvedOptions & GraphIds,
): GraphContext {
  return new Context(article, slots, ids, options);
}

/** A class, not an object of closures: its methods are shared by every graph. */
class Context implements GraphContext {
  readonly pending: Entity[] = [];
  #claims: Set<string> | undefined;
  #stamp = 0;
  constructor(
    readonly article: Article,
    private readonly slots: EntitySlots,
    readonly ids: NodeIds,
    readonly options: ResolvedOptions & GraphIds,
  ) {}

  entity(entityId: string): Entity {
    return requireSlot(this.slots, entityId).entity;
  }

  hasClaim(claimId: string): boolean {
    if (this.#claims === undefined) {
      this.#claims = new Set();
      for (const claim of this.article.claims) this.#claims.add(claim.id);
    }
    return this.#claims.has(claimId);
  }

  /** The `@id` of an entity's node; queues the entity on its first reference. */
  idOf(entityId: string): string {
    return this.#slot(entityId).id!;
  }

  /** The entity's entry, its `@id` worked out and the entity queued on its first reference. */
  #slot(entityId: string): Slot {
    const slot = requireSlot(this.slots, entityId);
    if (!slot.queued) {
      slot.queued = true;
      slot.id = this.ids.entity(slot.entity);
      const { external, profiles } = this.options;
      slot.shared = external.has(entityId) || profiles.has(entityId);
      if (!external.has(entityId)) this.pending.push(slot.entity);
    }
    return slot;
  }

  ref(entityId: string): IdReference {
    return { "@id": this.#slot(entityId).id! };
  }

  refs(entityIds: readonly string[] | undefined): IdReference[] | undefined {
    if (entityIds === undefined || entityIds.length === 0) return undefined;
    const out: IdReference[] = [];
    const stamp = ++this.#stamp;
    next: for (let i = 0; i < entityIds.length; i++) {
      const slot = this.#slot(entityIds[i]!);
      if (slot.stamp === stamp) continue;
      slot.stamp = stamp;
      const id = slot.id!;
      // Only a given @id can be another entity's too: compare those by text.
      if (slot.shared)
        for (let j = 0; j < out.length; j++) if (out[j]!["@id"] === id) continue next;
      out.push({ "@id": id });
    }
    return out;
  }
}
