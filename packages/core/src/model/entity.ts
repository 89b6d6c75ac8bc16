/** The id of an entity in the article's registry (`article.entities`). */
export type EntityId = string;

/** Fields every entity kind shares. */
export interface EntityBase {
  /** Unique among the article's entities, quotes and claims of its kind; referenced everywhere by this id. */
  id: EntityId;
  /** The name the article uses first. For an anonymous person, the text's own phrase ("White House spokesperson"). */
  name: string;
  /** Other forms the text uses: "Walid Muallem", "Muallem". */
  alternateNames?: string[];
  /** A short description ("Kremlin spokesperson"). */
  description?: string;
  /** The entity's own web page (absolute http(s) URL). */
  url?: string;
  /** Authority URLs for the same thing: Wikidata, Wikipedia (absolute http(s) URLs). */
  sameAs?: string[];
}

/** A person, named or anonymous. */
export interface Person extends EntityBase {
  /** Always `"Person"`. */
  type: "Person";
  /** The person's role as the text gives it: "Foreign Minister", "Kremlin spokesperson". */
  jobTitle?: string;
  /** The organisation the person speaks for or works in (an Organization id). */
  affiliation?: EntityId;
  /** True for a speaker the text does not name ("a spokesperson for the Ministry of Defence"). */
  anonymous?: boolean;
}

/** An organisation: a ministry, an outlet, a news agency, a military district. */
export interface Organization extends EntityBase {
  /** Always `"Organization"`. */
  type: "Organization";
  /** The organisation this one is part of (an Organization id). */
  parentOrganization?: EntityId;
}

/** A place: a country, a city, a port, a region. */
export interface Place extends EntityBase {
  /** Always `"Place"`. */
  type: "Place";
  /** The place this one lies in (a Place id). */
  containedInPlace?: EntityId;
}

/** Something that happened: a meeting, a visit. */
export interface Event extends EntityBase {
  /** Always `"Event"`. */
  type: "Event";
  /** ISO 8601 date (`2015-06-29`) or date-time with offset, only where the source fixes it. */
  startDate?: string;
  /** Where it happened (a Place id). */
  location?: EntityId;
  /** Who took part (Person or Organization ids). */
  attendees?: EntityId[];
}

/** A work the article refers to: an interview, a report, a broadcast. */
export interface CreativeWork extends EntityBase {
  /** Always `"CreativeWork"`. */
  type: "CreativeWork";
  /** Who made it (Person or Organization ids). */
  authors?: EntityId[];
  /** Who published it (an Organization id). */
  publisher?: EntityId;
  /** ISO 8601 date or date-time with offset, only where the source fixes it. */
  datePublished?: string;
}

/** Any entity of the registry, discriminated by `type`. */
export type Entity = Person | Organization | Place | Event | CreativeWork;

/** The kinds of entity, as their `type` strings. */
export type EntityType = Entity["type"];

/** The entity kinds, in a stable order. */
export const ENTITY_TYPES = [
  "Person",
  "Organization",
  "Place",
  "Event",
  "CreativeWork",
] as const satisfies readonly EntityType[];
