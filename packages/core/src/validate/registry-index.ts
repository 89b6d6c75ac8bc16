import { ENTITY_TYPES, type EntityType } from "../model/entity.js";
import { quoteText } from "./describe-value.js";
import { formatPath } from "./format-issues.js";
import { type IssuePath, issue, type Registry, type ValidationIssue } from "./issue.js";

/** What the meaning checks need to know of one registry item. */
export interface IndexedItem {
  /** The item's index in its registry. */
  readonly index: number;
  /** The item itself (read defensively: it may be malformed elsewhere). */
  readonly item: Readonly<Record<string, unknown>>;
  /** For entities: the kind, when it is one of the model's. */
  readonly kind?: EntityType;
}

/** Each registry's items by id, the first of each id; the ids in registry order. */
export type RegistryIndex = Record<Registry, Map<string, IndexedItem>>;

const NOUN = { entities: "entity", quotes: "quote", claims: "claim" } as const;
const REGISTRIES = ["entities", "quotes", "claims"] as const;

/**
 * Indexes the three registries by id, and reports `duplicate_id`: ids are
 * unique within each registry (an entity and a quote may share one; two
 * entities may not). Items without a string id are skipped (the schema
 * reports them).
 */
export function indexRegistries(article: Readonly<Record<string, unknown>>): {
  index: RegistryIndex;
  issues: ValidationIssue[];
} {
  const index: RegistryIndex = { entities: new Map(), quotes: new Map(), claims: new Map() };
  const issues: ValidationIssue[] = [];
  for (const registry of REGISTRIES) {
    const list = article[registry];
    if (!Array.isArray(list)) continue;
    const byId = index[registry];
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Record<string, unknown> | null;
      if (typeof item !== "object" || item === null || typeof item.id !== "string") continue;
      const id = item.id;
      const earlier = byId.get(id);
      if (earlier === undefined) {
        const kind = registry === "entities" ? entityKind(item.type) : undefined;
        byId.set(id, kind ? { index: i, item, kind } : { index: i, item });
        continue;
      }
      const noun = NOUN[registry];
      const firstPath: IssuePath = [registry, earlier.index, "id"];
      issues.push(
        issue(
          "duplicate_id",
          [registry, i, "id"],
          `The ${noun} id ${quoteText(id)} is already used by ${formatPath([registry, earlier.index])}. Give each ${noun} its own id (references would otherwise be ambiguous).`,
          { id, registry, firstPath },
        ),
      );
    }
  }
  return { index, issues };
}

function entityKind(type: unknown): EntityType | undefined {
  return (ENTITY_TYPES as readonly unknown[]).includes(type) ? (type as EntityType) : undefined;
}
