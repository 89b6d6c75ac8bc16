/**
 * The parts of an Arc XP ANS 0.10.12 story that newsdoc reads and writes,
 * typed after the official schemas. The importer accepts any other property
 * the schemas allow and reports what it does not keep.
 */

/** The ANS version newsdoc writes (`version`). */
export const ANS_VERSION = "0.10.12";

/** A dictionary of texts by purpose; `basic` is the default. */
export interface AnsDictionary {
  basic: string;
  [purpose: string]: string;
}

/** An author (`utils/author.json`). */
export interface AnsAuthor {
  type: "author";
  _id?: string;
  version?: typeof ANS_VERSION;
  name: string;
  url?: string;
  byline?: string;
  role?: string;
  bio?: string;
  org?: string;
  [property: string]: unknown;
}

/** Credits: `by` (writers, photographers) and any other role (`affiliation`, `photos_by`). */
export interface AnsCredits {
  by?: AnsAuthor[];
  [role: string]: AnsAuthor[] | undefined;
}

/** An image (`image.json`), as a content element or a promo item. */
export interface AnsImage {
  type: "image";
  version: typeof ANS_VERSION;
  _id?: string;
  url?: string;
  caption?: string;
  alt_text?: string;
  subtitle?: string;
  width?: number;
  height?: number;
  credits?: AnsCredits;
  vanity_credits?: AnsCredits;
  [property: string]: unknown;
}

/** A text paragraph: `content` is inline HTML. */
export interface AnsText {
  type: "text";
  _id?: string;
  content: string;
  [property: string]: unknown;
}

/** A section heading: `content` is inline HTML. */
export interface AnsHeader {
  type: "header";
  _id?: string;
  content: string;
  level?: number;
  [property: string]: unknown;
}

/** A list of text items or nested lists. */
export interface AnsList {
  type: "list";
  _id?: string;
  list_type?: string;
  items?: (AnsText | AnsList)[];
  [property: string]: unknown;
}

/** A quotation: its content elements, and the citation as a text element. */
export interface AnsQuote {
  type: "quote";
  _id?: string;
  subtype?: string;
  content_elements: AnsContentElement[];
  citation?: AnsText;
  [property: string]: unknown;
}

/** A thematic break. */
export interface AnsDivider {
  type: "divider";
  _id?: string;
  [property: string]: unknown;
}

/**
 * A correction (`story_elements/correction.json`): a notice in the body's
 * `content_elements` or an entry of a story's `corrections`; its text
 * (plain), and in `additional_properties` the date newsdoc gives it.
 */
export interface AnsCorrection {
  type: "correction";
  _id?: string;
  /** `correction`, `clarification`, `retraction`, … */
  correction_type?: string;
  text: string;
  additional_properties?: { date?: string; [property: string]: unknown };
  [property: string]: unknown;
}

/** A sub-sequence of related elements (an aside: `subtype: "aside"`, its title as the first `header`). */
export interface AnsElementGroup {
  type: "element_group";
  _id?: string;
  subtype?: string;
  content_elements: AnsContentElement[];
  [property: string]: unknown;
}

/** A third-party embed (`story_elements/custom_embed.json`): newsdoc's embed fields in `embed.config`. */
export interface AnsCustomEmbed {
  type: "custom_embed";
  _id?: string;
  subtype?: string;
  embed: { id: string; url?: string; config?: Record<string, unknown> };
  [property: string]: unknown;
}

/** A video or audio (`video.json`, `audio.json`) as a content element. */
export interface AnsMedia {
  type: "video" | "audio";
  version: string;
  _id?: string;
  [property: string]: unknown;
}

/** Any other content element (read by type, reported when not kept). */
export interface AnsOtherElement {
  type: string;
  [property: string]: unknown;
}

/** The content elements newsdoc writes. */
/** What newsdoc keeps of one table cell that an ANS table cannot say (`header: "none"`: a data cell in the header row). */
export interface AnsTableCellFacts {
  header?: "column" | "row" | "none";
  colSpan?: number;
  rowSpan?: number;
}

/**
 * A data table (`story_elements/table.json`): `header` (the head row) and
 * `rows` of `text` cells; newsdoc's caption, row headers and spans in
 * `additional_properties.newsdoc_table`.
 */
export interface AnsTable {
  type: "table";
  _id?: string;
  header?: AnsText[];
  rows: AnsText[][];
  additional_properties?: {
    newsdoc_table?: { caption?: string; cells?: (AnsTableCellFacts | null)[][] };
    [property: string]: unknown;
  };
  [property: string]: unknown;
}

export type AnsContentElement =
  | AnsTable
  | AnsText
  | AnsHeader
  | AnsList
  | AnsQuote
  | AnsDivider
  | AnsImage
  | AnsCorrection
  | AnsElementGroup
  | AnsCustomEmbed
  | AnsMedia;

/** A tag (`utils/tag.json`). */
export interface AnsTag {
  text: string;
  _id?: string;
  type?: "tag";
  description?: string;
  slug?: string;
}

/** A named entity (`utils/named_entity.json`). */
export interface AnsNamedEntity {
  _id: string;
  name: string;
  /** `person`, `organization`, `location`, … */
  type: string;
  score?: number;
}

/** A section (`utils/section.json`). */
export interface AnsSection {
  type: "section";
  version: typeof ANS_VERSION;
  _id?: string;
  name: string;
  [property: string]: unknown;
}

/** Taxonomy: tags, named entities, sections, keywords. */
export interface AnsTaxonomy {
  tags?: AnsTag[];
  named_entities?: AnsNamedEntity[];
  primary_section?: AnsSection;
  sections?: AnsSection[];
  [property: string]: unknown;
}

/** An ANS 0.10.12 story (`story.json`). */
export interface AnsStory {
  type: "story";
  version: typeof ANS_VERSION;
  _id?: string;
  language?: string;
  canonical_url?: string;
  headlines?: AnsDictionary;
  subheadlines?: AnsDictionary;
  description?: AnsDictionary;
  credits?: AnsCredits;
  vanity_credits?: AnsCredits;
  created_date?: string;
  last_updated_date?: string;
  publish_date?: string;
  first_publish_date?: string;
  display_date?: string;
  taxonomy?: AnsTaxonomy;
  promo_items?: { basic?: AnsImage; [name: string]: unknown };
  content_elements?: AnsContentElement[];
  content_restrictions?: { content_code?: string; [property: string]: unknown };
  location?: string;
  corrections?: AnsCorrection[];
  additional_properties?: Record<string, unknown>;
  [property: string]: unknown;
}
