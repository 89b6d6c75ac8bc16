import { z } from "zod";
import { DateOrDateTimeSchema, HttpUrlSchema, IdSchema, RefSchema, TextSchema } from "./strings.js";

/** Fields every entity kind shares (see {@link EntityBase}). */
const entityBase = {
  id: IdSchema,
  name: TextSchema,
  alternateNames: z.array(TextSchema).exactOptional(),
  description: TextSchema.exactOptional(),
  url: HttpUrlSchema.exactOptional(),
  sameAs: z.array(HttpUrlSchema).exactOptional(),
};

/** A person, named or anonymous. */
export const PersonSchema = z.strictObject({
  type: z.literal("Person"),
  ...entityBase,
  jobTitle: TextSchema.exactOptional(),
  affiliation: RefSchema.exactOptional(),
  anonymous: z.boolean().exactOptional(),
});

/** An organisation: a ministry, an outlet, a news agency. */
export const OrganizationSchema = z.strictObject({
  type: z.literal("Organization"),
  ...entityBase,
  parentOrganization: RefSchema.exactOptional(),
});

/** A place: a country, a city, a port, a region. */
export const PlaceSchema = z.strictObject({
  type: z.literal("Place"),
  ...entityBase,
  containedInPlace: RefSchema.exactOptional(),
});

/** Something that happened: a meeting, a visit. */
export const EventSchema = z.strictObject({
  type: z.literal("Event"),
  ...entityBase,
  startDate: DateOrDateTimeSchema.exactOptional(),
  location: RefSchema.exactOptional(),
  attendees: z.array(RefSchema).exactOptional(),
});

/** A work the article refers to: an interview, a report, a broadcast. */
export const CreativeWorkSchema = z.strictObject({
  type: z.literal("CreativeWork"),
  ...entityBase,
  authors: z.array(RefSchema).exactOptional(),
  publisher: RefSchema.exactOptional(),
  datePublished: DateOrDateTimeSchema.exactOptional(),
});

/** Any entity of the registry, discriminated by `type`. */
export const EntitySchema = z.discriminatedUnion("type", [
  PersonSchema,
  OrganizationSchema,
  PlaceSchema,
  EventSchema,
  CreativeWorkSchema,
]);
