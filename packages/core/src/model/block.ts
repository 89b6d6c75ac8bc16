import type { Image } from "./image.js";
import type { Inline } from "./inline.js";
import type { QuoteId } from "./quote.js";

/** A paragraph of inline content. */
export interface Paragraph {
  type: "paragraph";
  children: Inline[];
}

/** A section heading; level 1 is the headline's. */
export interface Heading {
  type: "heading";
  level: 2 | 3 | 4 | 5 | 6;
  children: Inline[];
}

/** An image in the body, with its caption and credit. */
export interface Figure {
  type: "figure";
  image: Image;
}

/** A block quotation; `quote` links it to the quote it shows, for attribution. */
export interface Blockquote {
  type: "blockquote";
  quote?: QuoteId;
  /** The source's URL (absolute http(s)). */
  cite?: string;
  children: Block[];
}

/** One item of a list. */
export interface ListItem {
  type: "listItem";
  children: Inline[];
}

/** A bulleted or numbered list. */
export interface List {
  type: "list";
  ordered?: boolean;
  /** The first number of an ordered list (default 1). */
  start?: number;
  children: ListItem[];
}

/** A thematic break. */
export interface Rule {
  type: "rule";
}

/** Block content of the body. */
export type Block = Paragraph | Heading | Figure | Blockquote | List | Rule;
