import type { EntityId, QuoteId, QuoteMode } from "@newsdoc/core/kit";
import type { SpeakerProposal } from "./speakers/speaker-proposal.js";
import type { AnnotatePath } from "./tree/inline-containers.js";

/** A mention annotate added. */
export interface MentionAnnotation {
  /** The container (paragraph, heading, caption, list item) it is in: the path of its inline children. */
  readonly path: AnnotatePath;
  /** Offset in the container's plain text (UTF-16 code units). */
  readonly offset: number;
  /** The words, as printed. */
  readonly text: string;
  readonly entity: EntityId;
  /**
   * Present when the words are a name several entities share and the
   * registry picked this one (`resolveAmbiguous`): the candidates, and the
   * entity named in the same sentence that the chosen one is linked to.
   */
  readonly resolved?: { readonly candidates: readonly EntityId[]; readonly linkedTo: EntityId };
}

/** Words that match names of more than one entity: reported, not marked. */
export interface AmbiguousMention {
  readonly path: AnnotatePath;
  readonly offset: number;
  readonly text: string;
  /** Every entity whose `name` or `alternateNames` is these words. */
  readonly entities: readonly EntityId[];
}

/** A quoted passage annotate found, and what it proposes for it. */
export interface QuoteAnnotation {
  readonly path: AnnotatePath;
  /** Offset of the span (its opening mark) in the container's plain text. */
  readonly offset: number;
  /** Length of the span, marks included. */
  readonly length: number;
  /** The quote's words (`Quote.text`), as `quoteSpanWords` reads the span. */
  readonly text: string;
  /** The opening and closing marks (`“` `”`; `–` and `""` for a dash-led line; `""` closing when it continues). */
  readonly marks: readonly [string, string];
  /** `partial` for a fragment (up to three words, or a lower-case piece inside a sentence), else `direct`. */
  readonly mode: Extract<QuoteMode, "direct" | "partial">;
  /** The best speaker proposal, if any construction matched. */
  readonly speaker?: SpeakerProposal;
  /** Other proposals, best first. */
  readonly alternatives: readonly SpeakerProposal[];
  /** Whether the quote was added to the article. */
  readonly applied: boolean;
  /** The id of the added quote. */
  readonly quote?: QuoteId;
  /** Why it was not added. */
  readonly notApplied?: "below-threshold" | "no-speaker" | "crosses-markup";
  /** For a quote over several paragraphs: the index in `report.quotes` of its previous part. */
  readonly continues?: number;
}

/** Something annotate could not read: reported so a person can look. */
export interface AnnotateProblem {
  readonly path: AnnotatePath;
  readonly offset: number;
  readonly code: "unclosed-quotation-mark" | "mention-crosses-markup";
  readonly message: string;
}

/** Everything `annotate` found and did. */
export interface AnnotateReport {
  /** The language table used (`en`, `de`, `sv`), and whether it is the article's own or the English fallback. */
  readonly language: { readonly table: string; readonly fallback: boolean };
  readonly mentions: readonly MentionAnnotation[];
  readonly ambiguous: readonly AmbiguousMention[];
  readonly quotes: readonly QuoteAnnotation[];
  readonly problems: readonly AnnotateProblem[];
}
