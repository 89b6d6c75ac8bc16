import type { Block } from "./block.js";
import type { Claim } from "./claim.js";
import type { Entity, EntityId } from "./entity.js";
import type { Image } from "./image.js";
import type { Access, Correction, SectionLink, Translation } from "./publishing.js";
import type { Quote } from "./quote.js";

/** The model version this package reads and writes. */
export const NEWSDOC_VERSION = 1;

/** A news article: metadata, an entity registry, quotes, claims and a body. */
export interface Article {
  /** Where an editor finds the JSON Schema; ignored otherwise. */
  $schema?: string;
  /** The model version: always `1`. */
  newsdoc: typeof NEWSDOC_VERSION;
  /** A stable id for the article. */
  id: string;
  /** The canonical URL (absolute http(s)). */
  url?: string;
  /** BCP 47 language tag: `en`, `en-GB`. */
  language: string;
  headline: string;
  /** The dek: the line under the headline. */
  alternativeHeadline?: string;
  /** A one- or two-sentence summary for search results and cards. */
  description?: string;
  section?: string;
  keywords?: string[];
  /** ISO 8601 date-time with offset (`2015-09-11T10:00:00Z`). */
  datePublished?: string;
  /** ISO 8601 date-time with offset, not before `datePublished`. */
  dateModified?: string;
  /** Person or Organization ids; empty when the source names none. */
  authors: EntityId[];
  /** The byline as printed. */
  byline?: string;
  /** An Organization id. */
  publisher?: EntityId;
  /** The lead image. */
  image?: Image;
  /** What the article is about (entity ids). */
  about?: EntityId[];
  /** Who may read it; absent means free to all. */
  access?: Access;
  /** Where it was reported from (a Place id), shown as the dateline. */
  dateline?: EntityId;
  /** Corrections, oldest first; each is shown on the page. */
  corrections?: Correction[];
  /** The same article in other languages (for `hreflang` links). */
  translations?: Translation[];
  /** The article's sections on the site, outermost first (for the breadcrumb). */
  sectionPath?: SectionLink[];
  /** Why and how the article was made, for readers ("Why we wrote this"). */
  backstory?: string;
  body: Block[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
}
