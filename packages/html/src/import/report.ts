/**
 * What happened to a piece of the input that did not become part of the
 * article as it was:
 * - `dropped`: the element and its content are gone (`script`, `style`,
 *   `iframe`, forms, hidden elements, tracking pixels, page furniture
 *   outside the article); `text` holds the visible text that went with it.
 * - `unwrapped`: the element is gone, its content kept (`div`, `span`,
 *   `section`, unknown inline elements).
 * - `attribute`: an attribute that was not kept (`class`, `style`, `id`,
 *   event handlers, unsafe or relative URLs).
 * - `unsupported`: content the model cannot express yet (tables, embeds),
 *   kept as its text where it has any.
 * - `converted`: kept with another meaning (`h1` in the body as a level-2
 *   heading, `q` as its words in quotation marks, a nested list flattened).
 * - `created`: an entity or quote made up from a hook the registry did not
 *   know (`data-entity`, `data-quote`).
 * - `unresolved`: a hook that could not be resolved or created, kept as text.
 * - `metadata`: a metadata value that was invalid and left out, or a
 *   required field that was given a default.
 * - `repaired`: a problem validation found that was repaired by keeping the
 *   words as plain text.
 */
export type ImportReportKind =
  | "dropped"
  | "unwrapped"
  | "attribute"
  | "unsupported"
  | "converted"
  | "created"
  | "unresolved"
  | "metadata"
  | "repaired";

/** Where in the input a report item comes from. */
export interface SourceLocation {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset of the first character in the input string. */
  offset: number;
  /** 0-based offset just after the last character. */
  endOffset: number;
}

/** One thing `fromHtml` did not keep as it was. */
export interface ImportReportItem {
  kind: ImportReportKind;
  /**
   * Why, as a stable code: `script`, `style`, `embed`, `form`, `hidden`,
   * `tracking-pixel`, `outside-content`, `generated`, `wrapper`,
   * `unknown-element`, `event-handler`, `unsafe-url`, `relative-url`,
   * `not-kept`, `table`, `heading-level`, `quotation`, `nested-list`,
   * `image-in-list`, `entity`, `quote`, `invalid`, `missing`, `json-ld`,
   * `validation`, `empty-link`, `media`.
   */
  reason: string;
  /** A sentence a person can act on. */
  message: string;
  /** The element's tag name, lower case (`"script"`), when the item is about an element. */
  element?: string;
  /** The attribute's name, when the item is about an attribute. */
  attribute?: string;
  /** The attribute's or metadata field's value, when it is short enough to show (at most 200 characters). */
  value?: string;
  /** The visible text that went with a dropped element, whitespace collapsed. */
  text?: string;
  /** A CSS-like path to the element: `body > div.story:nth-of-type(2) > p:nth-of-type(3)`. */
  path?: string;
  /** Where the element or attribute starts and ends in the input. */
  location?: SourceLocation;
}

/** Everything `fromHtml` did not keep as it was, in document order (metadata items first). */
export type ImportReport = ImportReportItem[];
