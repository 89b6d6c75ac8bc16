import type { Entity } from "@newsdoc/core";
import { isHttpUrl } from "@newsdoc/core";
import type { IdAllocator, Report } from "@newsdoc/interop-kit";
import { cleanText, isNonBlank, type JsonObject, objectsAt, stringAt } from "@newsdoc/interop-kit";

/** The ninjs lists that hold entities, and the kind each becomes. */
export const CONCEPT_LISTS = [
  ["people", "Person"],
  ["organisations", "Organization"],
  ["places", "Place"],
  ["events", "Event"],
  ["objects", "CreativeWork"],
] as const;

/** The relations newsdoc reads from a concept's `rel`. */
export interface ConceptRelations {
  about: string[];
  authors: string[];
  publisher: string | undefined;
}

/** A concept's relation that newsdoc keeps in its own fields. */
const KEPT_RELS = new Set(["about", "author", "publisher", "mentions", "mentioned", undefined]);

interface Pending {
  entity: Entity;
  literal: string | undefined;
}

/** The registry read from a ninjs item: entities, and how to find one by `literal` or name. */
export interface ReadConcepts {
  entities: Entity[];
  relations: ConceptRelations;
  /** An entity by the item's `literal` (newsdoc writes the id there), else by name. */
  find(literal: string | undefined, name: string | undefined): Entity | undefined;
}

/**
 * People, organisations, places, events and objects into the registry: one
 * entity per distinct concept (the same `literal`, else the same `uri`, else
 * the same name and list, is one entity with several relations), named by
 * `name` (else `literal`), with `literal` as its id where it is free, and an
 * http(s) `uri` as `sameAs`. `rel` `about`, `author` and `publisher` become
 * the article's; other relations and non-http URIs are reported.
 */
export function readConcepts(item: JsonObject, ids: IdAllocator, report: Report): ReadConcepts {
  const pending: Pending[] = [];
  const byKey = new Map<string, Pending>();
  const relations: ConceptRelations = { about: [], authors: [], publisher: undefined };
  for (const [list, kind] of CONCEPT_LISTS) {
    for (const [concept, path] of objectsAt(item, list, "", report)) {
      const literal = stringAt(concept, "literal", path, report);
      const uri = stringAt(concept, "uri", path, report);
      const rawName = stringAt(concept, "name", path, report);
      const rel = stringAt(concept, "rel", path, report);
      const name = [rawName, literal].find(isNonBlank);
      if (name === undefined) {
        report.push({
          kind: "dropped",
          path,
          message: "A concept with neither name nor literal cannot be an entity: left out.",
        });
        continue;
      }
      const key =
        literal !== undefined
          ? `l:${literal}`
          : uri !== undefined
            ? `u:${uri}`
            : `n:${kind}:${name}`;
      let found = byKey.get(key);
      if (!found) {
        const cleanLiteral =
          literal === undefined ? undefined : cleanText(literal, `${path}.literal`, report);
        const cleanName = cleanText(name, `${path}.name`, report);
        const id = ids.allocate(cleanLiteral, cleanName);
        const entity = { type: kind, id, name: isNonBlank(cleanName) ? cleanName : id } as Entity;
        if (uri !== undefined) {
          if (isHttpUrl(uri)) entity.sameAs = [uri];
          else
            report.push({
              kind: "dropped",
              path: `${path}.uri`,
              message: `newsdoc keeps an entity's identifiers as http(s) URLs: ${JSON.stringify(uri)} was left out.`,
            });
        }
        if (literal !== undefined && literal !== id) {
          report.push({
            kind: "approximated",
            path: `${path}.literal`,
            message: `The literal ${JSON.stringify(literal)} cannot be the entity's id (blank or taken): it is ${JSON.stringify(id)}.`,
          });
        }
        found = { entity, literal };
        byKey.set(key, found);
        pending.push(found);
      } else if (found.entity.type !== kind) {
        report.push({
          kind: "approximated",
          path,
          message: `The same concept is listed as ${found.entity.type} and ${kind}: kept as ${found.entity.type}.`,
        });
      }
      const id = found.entity.id;
      if (rel === "about" && !relations.about.includes(id)) relations.about.push(id);
      else if (rel === "author" && !relations.authors.includes(id)) {
        if (kind === "Person" || kind === "Organization") relations.authors.push(id);
        else
          report.push({
            kind: "dropped",
            path: `${path}.rel`,
            message: `A ${kind} cannot be an author: the relation was left out.`,
          });
      } else if (rel === "publisher") {
        if (kind !== "Organization")
          report.push({
            kind: "dropped",
            path: `${path}.rel`,
            message: "Only an organisation can be the publisher: the relation was left out.",
          });
        else if (relations.publisher === undefined) relations.publisher = id;
        else
          report.push({
            kind: "dropped",
            path: `${path}.rel`,
            message: "A second publisher: newsdoc keeps one, the first.",
          });
      } else if (!KEPT_RELS.has(rel)) {
        report.push({
          kind: "dropped",
          path: `${path}.rel`,
          message: `newsdoc has no relation ${JSON.stringify(rel)}: the entity is kept, the relation left out.`,
        });
      }
      for (const key of Object.keys(concept)) {
        if (!["name", "rel", "uri", "literal", "id"].includes(key)) {
          report.push({
            kind: "dropped",
            path: `${path}.${key}`,
            message: `newsdoc entities have no ${key}: left out.`,
          });
        }
      }
    }
  }
  const entities = pending.map((p) => p.entity);
  const byLiteral = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  for (const p of pending) {
    if (p.literal !== undefined && !byLiteral.has(p.literal)) byLiteral.set(p.literal, p.entity);
    const lower = p.entity.name.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, p.entity);
  }
  return {
    entities,
    relations,
    find: (literal, name) =>
      (literal !== undefined ? byLiteral.get(literal) : undefined) ??
      (name !== undefined ? byName.get(name.toLowerCase()) : undefined),
  };
}
