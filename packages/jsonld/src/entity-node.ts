import { type Entity, type EntityType, NewsdocRenderError } from "@newsdoc/core/kit";
import type {
  CreativeWorkLeaf,
  EventLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
} from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { put, texts } from "./put.js";

/** The node of one entity. */
export type EntityNode = PersonLeaf | OrganizationLeaf | PlaceLeaf | EventLeaf | CreativeWorkLeaf;

/** How a field becomes a property: as it is, as one `@id` reference, or as a list of them. */
enum As {
  Value,
  Ref,
  Refs,
}

/**
 * Each kind's own properties, in output order, between the common ones
 * (`name`, `alternateName`, `description`) and the links (`url`, `sameAs`):
 * [schema.org property, entity field, how].
 */
const OWN: Readonly<Record<EntityType, readonly (readonly [string, string, As])[]>> = {
  Person: [
    ["jobTitle", "jobTitle", As.Value],
    ["affiliation", "affiliation", As.Ref],
  ],
  Organization: [["parentOrganization", "parentOrganization", As.Ref]],
  Place: [["containedInPlace", "containedInPlace", As.Ref]],
  Event: [
    ["startDate", "startDate", As.Value],
    ["location", "location", As.Ref],
    ["attendee", "attendees", As.Refs],
  ],
  CreativeWork: [
    ["author", "authors", As.Refs],
    ["publisher", "publisher", As.Ref],
    ["datePublished", "datePublished", As.Value],
  ],
};

/**
 * The node for one entity: `Person`, `Organization`, `Place`, `Event` or
 * `CreativeWork`, with `name`, `alternateName`, `description`, `url`,
 * `sameAs` and the kind's own links as `@id` references. An anonymous
 * person has no `name`: the text's phrase for them ("White House
 * spokesperson") is their `description` when they have none.
 */
export function entityNode(entity: Entity, ctx: GraphContext): EntityNode {
  const own = Object.hasOwn(OWN, entity.type) ? OWN[entity.type] : undefined;
  if (own === undefined) {
    throw new NewsdocRenderError(
      "unknown_entity_type",
      `Entity "${entity.id}" has type ${JSON.stringify(entity.type)}, which is not a newsdoc entity type (${Object.keys(OWN).join(", ")}). Validate the article with parseArticle() before rendering.`,
    );
  }
  const node: Record<string, unknown> = { "@type": entity.type, "@id": ctx.idOf(entity.id) };
  if (entity.type === "Person" && entity.anonymous === true) {
    put(node, "description", entity.description || entity.name);
  } else {
    put(node, "name", entity.name);
    put(node, "alternateName", texts(entity.alternateNames));
    put(node, "description", entity.description);
  }
  for (const [key, field, how] of own) {
    const value = (entity as unknown as Record<string, unknown>)[field];
    if (how === As.Value) put(node, key, value as string | undefined);
    else if (how === As.Refs) put(node, key, ctx.refs(value as string[] | undefined));
    else if (value) put(node, key, ctx.ref(value as string));
  }
  put(node, "url", entity.url ?? ctx.options.profiles.get(entity.id));
  put(node, "sameAs", texts(entity.sameAs));
  return node as unknown as EntityNode;
}
