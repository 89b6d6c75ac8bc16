/**
 * The parts of an IPTC ninjs 3.1 item that newsdoc reads and writes, typed
 * after the official schema (`ninjs-schema_3.1.json`). Every property is
 * optional but `uri`, as in the schema; the importer accepts any other
 * property the schema allows and reports what it does not keep.
 */

/** A text with a role and a media type: a headline, a description or a body. */
export interface NinjsText {
  role?: string;
  /** An IANA media type: `text/plain`, `text/html`. */
  contentType?: string;
  value: string;
}

/** A body: a {@link NinjsText} with counts. */
export interface NinjsBody extends NinjsText {
  /** Characters of the body, figure captions excluded. */
  charCount?: number;
  /** Words of the body, figure captions excluded. */
  wordCount?: number;
}

/** A person, organisation, place, event, object or subject the item refers to. */
export interface NinjsConcept {
  name?: string;
  /** How the item relates to it: `about`, `mentions`, `author`, … */
  rel?: string;
  /** Its identifier as a complete URI (Wikidata, IPTC Media Topics, …). */
  uri?: string;
  /** An identifier as free text; newsdoc writes the entity's id here. */
  literal?: string;
}

/** An event the item refers to (ninjs adds an `id`). */
export interface NinjsEvent extends NinjsConcept {
  id?: string;
}

/** An info source: who provided content (a picture agency, …). */
export interface NinjsInfoSource {
  name?: string;
  role?: string;
  uri?: string;
  literal?: string;
}

/** One rendition of the content: an image file at one size. */
export interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  title?: string;
  width?: number;
  height?: number;
  sizeInBytes?: number;
  /** The picture's shape: `16:9`, `4:3`, `1:1`. */
  aspectRatio?: string;
}

/** An alternative id of the item. */
export interface NinjsAltId {
  role?: string;
  value?: string;
}

/** The standard an item conforms to. */
export interface NinjsStandard {
  name?: string;
  version?: string;
  schema?: string;
}

/** The IPTC news types (`type`). */
export type NinjsType =
  | "text"
  | "audio"
  | "video"
  | "picture"
  | "graphic"
  | "composite"
  | "component"
  | "event"
  | "planning";

/** A ninjs 3.1 item (the properties newsdoc uses, plus any other the schema allows). */
export interface NinjsItem {
  uri: string;
  type?: NinjsType;
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  language?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  by?: string;
  title?: string;
  slugline?: string;
  /** The name of the place the content comes from: the dateline. */
  located?: string;
  people?: NinjsConcept[];
  organisations?: NinjsConcept[];
  places?: NinjsConcept[];
  events?: NinjsEvent[];
  objects?: NinjsConcept[];
  subjects?: NinjsConcept[];
  infoSources?: NinjsInfoSource[];
  renditions?: NinjsRendition[];
  associations?: NinjsAssociation[];
  altIds?: NinjsAltId[];
  standard?: NinjsStandard;
  copyrightHolder?: string;
  copyrightNotice?: string;
  [property: string]: unknown;
}

/** An associated item (a picture): a ninjs item with a `name` and a `rel`. */
export interface NinjsAssociation extends NinjsItem {
  name: string;
  rel?: string;
}

/** Where the official 3.1 schema is published (`standard.schema`). */
export const NINJS_SCHEMA_URI = "https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";

/** The ninjs version newsdoc writes. */
export const NINJS_VERSION = "3.1";
