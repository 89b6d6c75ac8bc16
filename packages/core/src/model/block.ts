import type { CustomBlock } from "./custom-node.js";
import type { Embed } from "./embed.js";
import type { Image } from "./image.js";
import type { Inline } from "./inline.js";
import type { Audio, Video } from "./media.js";
import type { Correction } from "./publishing.js";
import type { QuoteId } from "./quote.js";
import type { Table } from "./table.js";

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

/**
 * A box beside the story's flow: a factbox, a sidebar, "What we know". Its
 * title names it (HTML: the heading that labels the `<aside>`); its blocks
 * are its own content, read apart from the main text.
 *
 * @example
 * ```ts
 * const aside: Aside = {
 *   type: "aside",
 *   title: ["What we know"],
 *   children: [{ type: "paragraph", children: ["Russia says its experts are in Syria."] }],
 * };
 * ```
 */
export interface Aside {
  /** Always `"aside"`. */
  type: "aside";
  /** The box's title, as inline nodes; never empty (it labels the box for assistive technology). */
  title: Inline[];
  /** The box's content, as blocks. */
  children: Block[];
}

/**
 * A quotation pulled out of the text and set large for the eye. It names
 * the quote by id, so its words are never written twice: renderers show
 * the quote's `text`. It repeats what the body already carries, so the
 * HTML hides it from screen readers (`aria-hidden`); lint warns when the
 * quote is not also in the body.
 *
 * @example
 * ```ts
 * const pull: PullQuote = { type: "pullQuote", quote: "peskov-no-troops" };
 * ```
 */
export interface PullQuote {
  /** Always `"pullQuote"`. */
  type: "pullQuote";
  /** The quote (in `article.quotes`) whose words are shown. */
  quote: QuoteId;
}

/**
 * An editor's note where the editor puts it in the body ("This article has
 * been updated with…"). Shown as a note, apart from the reporting.
 *
 * @example
 * ```ts
 * const note: EditorsNote = { type: "editorsNote", children: ["This story has been updated."] };
 * ```
 */
export interface EditorsNote {
  /** Always `"editorsNote"`. */
  type: "editorsNote";
  /** The note's text, as inline nodes. */
  children: Inline[];
}

/**
 * A correction notice where the editor puts it in the body (next to the
 * passage it corrects): the same date and text as an article-level
 * `corrections` entry, shown with the same label, and in JSON-LD as the
 * article's `correction` too.
 *
 * @example
 * ```ts
 * const fix: CorrectionNotice = {
 *   type: "correction",
 *   date: "2015-09-12T08:00:00Z",
 *   text: "An earlier version misspelt the spokesman's name.",
 * };
 * ```
 */
export interface CorrectionNotice extends Correction {
  /** Always `"correction"`. */
  type: "correction";
  /** ISO 8601 date-time with offset, not before `datePublished`. */
  date: string;
  /** The correction notice as the reader sees it ("An earlier version misspelt…"). */
  text: string;
}

/** The built-in block nodes. */
export type BuiltInBlock =
  | Paragraph
  | Heading
  | Figure
  | Blockquote
  | List
  | Rule
  | Aside
  | PullQuote
  | EditorsNote
  | CorrectionNotice
  | Embed
  | Video
  | Audio
  | Table;

/** Block content of the body: the built-in blocks and your own ({@link CustomBlocks}). */
export type Block = BuiltInBlock | CustomBlock;
