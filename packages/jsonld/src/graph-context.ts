import type { Article, ArticleIndex, Entity } from "@newsdoc/core/kit";
import type { IdReference } from "schema-dts";
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
  readonly index: ArticleIndex;
  readonly ids: NodeIds;
  readonly options: ResolvedOptions & GraphIds;
  /** A reference to an entity's node; the entity gets a node unless its `@id` is external. */
  ref(entityId: string): IdReference;
  /** References to several entities, in order, without repeats; `undefined` for none. */
  refs(entityIds: readonly string[] | undefined): IdReference[] | undefined;
  /** Entities referenced so far that need a node, in first-reference order. */
  readonly pending: Entity[];
}

/** Creates the reference bookkeeping for one graph. */
export function createGraphContext(
  article: Article,
  index: ArticleIndex,
  ids: NodeIds,
  options: ResolvedOptions & GraphIds,
): GraphContext {
  const queued = new Set<Entity>();
  const pending: Entity[] = [];
  const ref = (entityId: string): IdReference => {
    const entity = index.requireEntity(entityId);
    if (!queued.has(entity)) {
      queued.add(entity);
      if (!options.external.has(entity.id)) pending.push(entity);
    }
    return { "@id": ids.entity(entity) };
  };
  return {
    article,
    index,
    ids,
    options,
    pending,
    ref,
    refs(entityIds) {
      if (entityIds === undefined || entityIds.length === 0) return undefined;
      const seen = new Set<string>();
      const out: IdReference[] = [];
      for (const id of entityIds) {
        const reference = ref(id);
        if (seen.has(reference["@id"])) continue;
        seen.add(reference["@id"]);
        out.push(reference);
      }
      return out;
    },
  };
}
