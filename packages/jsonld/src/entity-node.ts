import { type Entity, NewsdocRenderError } from "@newsdoc/core/kit";
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

/**
 * The node for one entity: `Person`, `Organization`, `Place`, `Event` or
 * `CreativeWork`, with `name`, `alternateName`, `description`, `url`,
 * `sameAs` and the kind's own links as `@id` references. An anonymous
 * person has no `name`: the text's phrase for them ("White House
 * spokesperson") is their `description` when they have none.
 */
export function entityNode(entity: Entity, ctx: GraphContext): EntityNode {
  const id = ctx.ids.entity(entity);
  switch (entity.type) {
    case "Person": {
      const node: PersonLeaf = { "@type": "Person", "@id": id };
      if (entity.anonymous === true) {
        put(node, "description", entity.description || entity.name);
      } else {
        put(node, "name", entity.name);
        put(node, "alternateName", texts(entity.alternateNames));
        put(node, "description", entity.description);
      }
      put(node, "jobTitle", entity.jobTitle);
      if (entity.affiliation) put(node, "affiliation", ctx.ref(entity.affiliation));
      put(node, "url", entity.url);
      put(node, "sameAs", texts(entity.sameAs));
      return node;
    }
    case "Organization": {
      const node: OrganizationLeaf = { "@type": "Organization", "@id": id };
      common(node, entity);
      if (entity.parentOrganization) {
        put(node, "parentOrganization", ctx.ref(entity.parentOrganization));
      }
      links(node, entity);
      return node;
    }
    case "Place": {
      const node: PlaceLeaf = { "@type": "Place", "@id": id };
      common(node, entity);
      if (entity.containedInPlace) put(node, "containedInPlace", ctx.ref(entity.containedInPlace));
      links(node, entity);
      return node;
    }
    case "Event": {
      const node: EventLeaf = { "@type": "Event", "@id": id };
      common(node, entity);
      put(node, "startDate", entity.startDate);
      if (entity.location) put(node, "location", ctx.ref(entity.location));
      put(node, "attendee", ctx.refs(entity.attendees));
      links(node, entity);
      return node;
    }
    case "CreativeWork": {
      const node: CreativeWorkLeaf = { "@type": "CreativeWork", "@id": id };
      common(node, entity);
      put(node, "author", ctx.refs(entity.authors));
      if (entity.publisher) put(node, "publisher", ctx.ref(entity.publisher));
      put(node, "datePublished", entity.datePublished);
      links(node, entity);
      return node;
    }
    default:
      throw new NewsdocRenderError(
        "unknown_entity_type",
        `Entity "${(entity as Entity).id}" has type ${JSON.stringify((entity as { type: unknown }).type)}, which is not a newsdoc entity type (Person, Organization, Place, Event, CreativeWork). Validate the article with parseArticle() before rendering.`,
      );
  }
}

type Named = OrganizationLeaf | PlaceLeaf | EventLeaf | CreativeWorkLeaf;

function common(node: Named, entity: Entity): void {
  put(node, "name", entity.name);
  put(node, "alternateName", texts(entity.alternateNames));
  put(node, "description", entity.description);
}

function links(node: Named, entity: Entity): void {
  put(node, "url", entity.url);
  put(node, "sameAs", texts(entity.sameAs));
}
