import type { ClaimId, StanceKind } from "./claim.js";
import type { EntityId } from "./entity.js";
import type { TimeRef } from "./time-ref.js";

/** The id of a quote in `article.quotes`. */
export type QuoteId = string;

/**
 * How the words are reported: `direct` (a full quotation), `partial` (a
 * quoted fragment inside reported speech), `indirect` (reported speech).
 */
export type QuoteMode = "direct" | "partial" | "indirect";

/** The quote modes, in a stable order. */
export const QUOTE_MODES = [
  "direct",
  "partial",
  "indirect",
] as const satisfies readonly QuoteMode[];

/** Who a quote was said to: the text's phrase, and the entity when it is one. */
export interface Audience {
  /** The text's words: "press", "Tass". */
  text: string;
  /** The entity, when the audience is one (Person or Organization id). */
  entity?: EntityId;
}

/** Who said what, where and how. */
export interface Quote {
  /** Unique among the article's quotes; body spans, blockquotes and stances refer to it. */
  id: QuoteId;
  /** Who said it (a Person or Organization id). */
  speaker: EntityId;
  /** The words, without surrounding quotation marks. */
  text: string;
  /** How the words are reported: `direct` (a full quotation), `partial` (a quoted fragment inside reported speech) or `indirect` (reported speech, the article's paraphrase). */
  mode: QuoteMode;
  /** The reporting verb the text uses: "said", "told", "added", "denied". */
  verb?: string;
  /** The channel or outlet that carried it (Organization or CreativeWork id): Tass, state television, an interview. */
  via?: EntityId;
  /** Who it was said to. */
  audience?: Audience;
  /** When it was said, as the text says it. */
  when?: TimeRef;
  /** The claim this quote takes a side on (a claim id); goes with `stance`. */
  claim?: ClaimId;
  /** The side this quote takes on `claim`. */
  stance?: StanceKind;
}
