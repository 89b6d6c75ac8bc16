import { type Entity, type EntityType, NewsdocRenderError } from "@newsdoc/core/kit";
import type {
  CreativeWorkLeaf,
  EventLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
} from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { texts } from "./put.js";

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
    text(node, "description", entity.description || entity.name);
  } else {
    text(node, "name", entity.name);
    const alternate = texts(entity.alternateNames);
    if (alternate !== undefined) node.alternateName = alternate;
    text(node, "description", entity.description);
  }
  const fields = entity as unknown as Record<string, unknown>;
  for (let i = 0; i < own.length; i++) {
    const [key, field, how] = own[i]!;
    const value = fields[field];
    if (value === undefined) continue;
    if (how === As.Value) text(node, key, value as string);
    else if (how === As.Refs) {
      const refs = ctx.refs(value as string[]);
      if (refs !== undefined && refs.length > 0) node[key] = refs;
    } else if (value) node[key] = ctx.ref(value as string);
  }
  text(node, "url", entity.url ?? ctx.options.profiles.get(entity.id));
  const sameAs = texts(entity.sameAs);
  if (sameAs !== undefined) node.sameAs = sameAs;
  return node as unknown as EntityNode;
}

/** Sets a text property unless it is empty (as `put`, without its generic checks). */
function text(node: Record<string, unknown>, key: string, value: string | undefined): void {
  if (value !== undefined && value !== "") node[key] = value;
}
