import type { Embed } from "./embed.js";
import type { Image } from "./image.js";
import type { Inline } from "./inline.js";
import type { Audio, Video } from "./media.js";
import type { QuoteId } from "./quote.js";

/** A paragraph of inline content. */
export interface Paragraph {
  /** Always `"paragraph"`. */
  type: "paragraph";
  /** The paragraph's text, as inline nodes. */
  children: Inline[];
}

/** A section heading; level 1 is the headline's. */
export interface Heading {
  /** Always `"heading"`. */
  type: "heading";
  /** Its rank, 2 (a section) to 6; rank 1 belongs to the headline. */
  level: 2 | 3 | 4 | 5 | 6;
  /**
   * Its anchor (HTML `id`, the table of contents' link target). Without it
   * the heading gets a slug of its text (`tableOfContents`); give one to keep
   * links stable when the words change. No whitespace; unique in the body.
   */
  id?: string;
  /** The heading's text, as inline nodes. */
  children: Inline[];
}

/** An image in the body, with its caption and credit. */
export interface Figure {
  /** Always `"figure"`. */
  type: "figure";
  /** The image, with its caption, credit and alternative text. */
  image: Image;
}

/** A block quotation; `quote` links it to the quote it shows, for attribution. */
export interface Blockquote {
  /** Always `"blockquote"`. */
  type: "blockquote";
  /** The quote (in `article.quotes`) whose words this block shows; gives the attribution. */
  quote?: QuoteId;
  /** The source's URL (absolute http(s)). */
  cite?: string;
  /** The quoted passage, as blocks (usually paragraphs). */
  children: Block[];
}

/** One item of a list. */
export interface ListItem {
  /** Always `"listItem"`. */
  type: "listItem";
  /** The item's text, as inline nodes. */
  children: Inline[];
}

/** A bulleted or numbered list. */
export interface List {
  /** Always `"list"`. */
  type: "list";
  /** True for a numbered list; bulleted when absent or false. */
  ordered?: boolean;
  /** The first number of an ordered list (default 1). */
  start?: number;
  /** The list's items, in order. */
  children: ListItem[];
}

/** A thematic break. */
export interface Rule {
  /** Always `"rule"`. */
  type: "rule";
}

/** Block content of the body. */
export type Block = Paragraph | Heading | Figure | Blockquote | List | Rule | Embed | Video | Audio;
