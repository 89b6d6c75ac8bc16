import type { Article, ArticleIndex, Entity } from "@newsdoc/core/kit";
import type { Report } from "./report.js";
import type { NinjsConcept, NinjsEvent, NinjsItem } from "./types.js";

/** Where each entity kind goes in a ninjs item. */
export const CONCEPT_FIELD = {
  Person: "people",
  Organization: "organisations",
  Place: "places",
  Event: "events",
  CreativeWork: "objects",
} as const satisfies Record<Entity["type"], keyof NinjsItem>;

const WIKIDATA = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/Q\d+$/;

/** The one URI ninjs can carry for an entity: a Wikidata `sameAs`, else the first `sameAs`, else `url`. */
export function conceptUri(entity: Entity): string | undefined {
  return entity.sameAs?.find((u) => WIKIDATA.test(u)) ?? entity.sameAs?.[0] ?? entity.url;
}

/**
 * The relations of an entity to the article, in a stable order: `about`,
 * `author`, `publisher`, then `mentions` when the body or a caption names
 * it and it has no other; none for an entity only quotes or claims use.
 */
export function entityRels(article: Article, index: ArticleIndex, entity: Entity): string[] {
  const rels: string[] = [];
  if (article.about?.includes(entity.id)) rels.push("about");
  if (article.authors.includes(entity.id)) rels.push("author");
  if (article.publisher === entity.id) rels.push("publisher");
  if (rels.length === 0 && index.mentionsOf(entity.id).length > 0) rels.push("mentions");
  return rels;
}

// Fields of an entity ninjs has no place for, by kind (`id`, `name`, `type`,
// `url` and `sameAs` are handled by the concept itself).
const UNCARRIED: Record<Entity["type"], readonly string[]> = {
  Person: ["alternateNames", "description", "jobTitle", "affiliation", "anonymous"],
  Organization: ["alternateNames", "description", "parentOrganization"],
  Place: ["alternateNames", "description", "containedInPlace"],
  Event: ["alternateNames", "description", "startDate", "location", "attendees"],
  CreativeWork: ["alternateNames", "description", "authors", "publisher", "datePublished"],
};

/**
 * The registry as ninjs concepts: one entry per entity and relation, with
 * the entity's `name`, its `id` as `literal` (so the body's `data-entity`
 * hooks still resolve) and one `uri`. Reports each field left behind, once
 * per field with the ids of the entities that had it.
 */
export function entityConcepts(
  article: Article,
  index: ArticleIndex,
  report: Report,
): Partial<Record<(typeof CONCEPT_FIELD)[Entity["type"]], NinjsConcept[] | NinjsEvent[]>> {
  const out: Partial<Record<(typeof CONCEPT_FIELD)[Entity["type"]], NinjsConcept[]>> = {};
  const lost = new Map<string, string[]>();
  const note = (field: string, id: string) => {
    const ids = lost.get(field);
    if (ids) ids.push(id);
    else lost.set(field, [id]);
  };
  // Authors first, in byline order, so that reading back keeps their order.
  const authors = article.authors.flatMap((id) => article.entities.find((e) => e.id === id) ?? []);
  const ordered = [...new Set([...authors, ...article.entities])];
  for (const entity of ordered) {
    const uri = conceptUri(entity);
    const rels = entityRels(article, index, entity);
    const field = CONCEPT_FIELD[entity.type];
    const list = out[field] ?? [];
    out[field] = list;
    for (const rel of rels.length > 0 ? rels : [undefined]) {
      const concept: NinjsConcept = { name: entity.name, literal: entity.id };
      if (rel) concept.rel = rel;
      if (uri) concept.uri = uri;
      list.push(concept);
    }
    const record = entity as unknown as Record<string, unknown>;
    for (const field of UNCARRIED[entity.type])
      if (record[field] !== undefined) note(field, entity.id);
    const kept = uri === undefined ? 0 : 1;
    const links = (entity.sameAs?.length ?? 0) + (entity.url ? 1 : 0);
    if (links > kept) note(uri === entity.url ? "sameAs" : "url/sameAs", entity.id);
    if (entity.type === "CreativeWork") note("type", entity.id);
  }
  for (const [field, ids] of lost) {
    const which = `${ids.length} ${ids.length === 1 ? "entity" : "entities"} (${ids.join(", ")})`;
    report.push(
      field === "type"
        ? {
            kind: "approximated",
            path: "entities[*].type",
            message: `CreativeWork has no ninjs list of its own: ${which} went to \`objects\`.`,
          }
        : {
            kind: "dropped",
            path: `entities[*].${field}`,
            message:
              field === "url/sameAs" || field === "sameAs"
                ? `ninjs gives a concept one uri: the other links of ${which} were left out.`
                : `ninjs concepts have no ${field}: left out for ${which}.`,
          },
    );
  }
  return out;
}
