import type { Stance } from "./claim.js";
import type { Entity, EntityType } from "./entity.js";
import type { ReferenceField } from "./node-table.js";
import { ORGANIZATION, PERSON_OR_ORGANIZATION, PLACE } from "./node-table.js";
import type { Quote } from "./quote.js";

/**
 * The references held outside the body: by each entity kind, by a quote and
 * by a claim's stance. An entity kind added to the model without an entry
 * here is a compile error.
 */
export interface RecordTable {
  readonly entity: {
    readonly [K in EntityType]: readonly ReferenceField<Extract<Entity, { type: K }>>[];
  };
  readonly quote: readonly ReferenceField<Quote>[];
  readonly stance: readonly ReferenceField<Stance>[];
}

/**
 * Which fields of entities, quotes and stances refer to which registry and
 * kinds. With {@link NODE_TABLE} (the article and its nodes), the whole of
 * the model's references.
 *
 * @example
 * ```ts
 * RECORD_TABLE.quote[0].path; // ["speaker"]
 * RECORD_TABLE.entity.Place[0].kinds; // ["Place"]
 * ```
 */
export const RECORD_TABLE: RecordTable = {
  entity: {
    Person: [
      {
        path: ["affiliation"],
        registry: "entities",
        kinds: ORGANIZATION,
        many: false,
        role: "a person's affiliation",
        get: (e) => e.affiliation,
      },
    ],
    Organization: [
      {
        path: ["parentOrganization"],
        registry: "entities",
        kinds: ORGANIZATION,
        many: false,
        role: "a parent organization",
        get: (e) => e.parentOrganization,
      },
    ],
    Place: [
      {
        path: ["containedInPlace"],
        registry: "entities",
        kinds: PLACE,
        many: false,
        role: "the place containing a place",
        get: (e) => e.containedInPlace,
      },
    ],
    Event: [
      {
        path: ["location"],
        registry: "entities",
        kinds: PLACE,
        many: false,
        role: "an event's location",
        get: (e) => e.location,
      },
      {
        path: ["attendees"],
        registry: "entities",
        kinds: PERSON_OR_ORGANIZATION,
        many: true,
        role: "an event's attendee",
        get: (e) => e.attendees,
      },
    ],
    CreativeWork: [
      {
        path: ["authors"],
        registry: "entities",
        kinds: PERSON_OR_ORGANIZATION,
        many: true,
        role: "a work's author",
        get: (e) => e.authors,
      },
      {
        path: ["publisher"],
        registry: "entities",
        kinds: ORGANIZATION,
        many: false,
        role: "a work's publisher",
        get: (e) => e.publisher,
      },
    ],
  },
  quote: [
    {
      path: ["speaker"],
      registry: "entities",
      kinds: PERSON_OR_ORGANIZATION,
      many: false,
      role: "a quote's speaker",
      get: (q) => q.speaker,
    },
    {
      path: ["via"],
      registry: "entities",
      kinds: ["Organization", "CreativeWork", "Person"],
      many: false,
      role: "the channel a quote came through",
      get: (q) => q.via,
    },
    {
      path: ["audience", "entity"],
      registry: "entities",
      kinds: PERSON_OR_ORGANIZATION,
      many: false,
      role: "a quote's audience",
      get: (q) => q.audience?.entity,
    },
    {
      path: ["claim"],
      registry: "claims",
      many: false,
      role: "a quote's claim",
      get: (q) => q.claim,
    },
  ],
  stance: [
    {
      path: ["by"],
      registry: "entities",
      kinds: PERSON_OR_ORGANIZATION,
      many: false,
      role: "who takes a stance",
      get: (s) => s.by,
    },
    {
      path: ["quote"],
      registry: "quotes",
      many: false,
      role: "a stance's quote",
      get: (s) => s.quote,
    },
  ],
};
