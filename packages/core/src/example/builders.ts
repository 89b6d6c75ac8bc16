import type { Paragraph } from "../model/block.js";
import type { Inline, Mention, QuoteSpan } from "../model/inline.js";
import type { ExampleEntityId } from "./entities.js";
import type { ExampleQuoteId } from "./quotes.js";

/*
 * Three small builders so the body reads like the article it encodes.
 * Their id parameters only accept ids of the example's registries, so a
 * misspelt id fails to compile.
 */

/** A paragraph of the given inline nodes. */
export const p = (...children: Inline[]): Paragraph => ({ type: "paragraph", children });

/** A mention: `text` is the words the article uses for `entity`. */
export const m = (entity: ExampleEntityId, text: string): Mention => ({
  type: "mention",
  entity,
  text,
});

/** A quote span: the printed words (with their quotation marks) that carry `quote`. */
export const q = (quote: ExampleQuoteId, ...children: Inline[]): QuoteSpan => ({
  type: "quote",
  quote,
  children,
});
