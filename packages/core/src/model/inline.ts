import type { EntityId } from "./entity.js";
import type { QuoteId } from "./quote.js";

/** Plain text: a string, never HTML or Markdown. */
export type Text = string;

/** Stressed emphasis (`<em>`, `*…*`). */
export interface Emphasis {
  /** Always `"emphasis"`. */
  type: "emphasis";
  /** The emphasised content. */
  children: Inline[];
}

/** Strong importance (`<strong>`, `**…**`). */
export interface Strong {
  /** Always `"strong"`. */
  type: "strong";
  /** The content of strong importance. */
  children: Inline[];
}

/** A hyperlink. */
export interface Link {
  /** Always `"link"`. */
  type: "link";
  /** Absolute http(s) or mailto: URL. */
  url: string;
  /** Advisory text about the target (HTML's `title`, Markdown's link title). */
  title?: string;
  /** The link's words, as inline nodes. */
  children: Inline[];
}

/** Words in the text that name an entity of the registry. */
export interface Mention {
  /** Always `"mention"`. */
  type: "mention";
  /** The entity named. */
  entity: EntityId;
  /** The words the text uses ("Muallem", "Tass"). */
  text: string;
}

/**
 * A span of the text that carries a quote. The words, with any quotation
 * marks the text prints, are the children; without the marks (and a
 * trailing comma), they equal the quote's `text`.
 */
export interface QuoteSpan {
  /** Always `"quote"`. */
  type: "quote";
  /** The quote (in `article.quotes`) these words carry. */
  quote: QuoteId;
  /** The quoted words as the text prints them, quotation marks included. */
  children: Inline[];
}

/** A hard line break. */
export interface Break {
  /** Always `"break"`. */
  type: "break";
}

/** Inline content: text, marks, links, mentions, quote spans and breaks. */
export type Inline = Text | Emphasis | Strong | Link | Mention | QuoteSpan | Break;

/** Inline nodes that are objects (everything but plain text). */
export type InlineElement = Exclude<Inline, Text>;
