import type { EntityId } from "./entity.js";
import type { QuoteId } from "./quote.js";

/** Plain text: a string, never HTML or Markdown. */
export type Text = string;

/** Stressed emphasis (`<em>`, `*…*`). */
export interface Emphasis {
  type: "emphasis";
  children: Inline[];
}

/** Strong importance (`<strong>`, `**…**`). */
export interface Strong {
  type: "strong";
  children: Inline[];
}

/** A hyperlink. */
export interface Link {
  type: "link";
  /** Absolute http(s) or mailto: URL. */
  url: string;
  title?: string;
  children: Inline[];
}

/** Words in the text that name an entity of the registry. */
export interface Mention {
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
  type: "quote";
  quote: QuoteId;
  children: Inline[];
}

/** A hard line break. */
export interface Break {
  type: "break";
}

/** Inline content: text, marks, links, mentions, quote spans and breaks. */
export type Inline = Text | Emphasis | Strong | Link | Mention | QuoteSpan | Break;

/** Inline nodes that are objects (everything but plain text). */
export type InlineElement = Exclude<Inline, Text>;
