import type { EntityId } from "./entity.js";
import type { QuoteId } from "./quote.js";

/** The id of a claim in `article.claims`. */
export type ClaimId = string;

/**
 * A side on a claim: `asserts`, `denies`, `neither` (considers, monitors,
 * would not rule out) or `cannotVerify`.
 */
export type StanceKind = "asserts" | "denies" | "neither" | "cannotVerify";

/** The stance kinds, in a stable order. */
export const STANCE_KINDS = [
  "asserts",
  "denies",
  "neither",
  "cannotVerify",
] as const satisfies readonly StanceKind[];

/** One party's side on a claim. */
export interface Stance {
  /** The side: `asserts`, `denies`, `neither` (considers, monitors, would not rule out) or `cannotVerify`. */
  stance: StanceKind;
  /** Who takes the side (a Person or Organization id). */
  by: EntityId;
  /** The quote in which they take it, where there is one. */
  quote?: QuoteId;
}

/** A statement the article reports on, and who takes which side. */
export interface Claim {
  /** Unique among the article's claims; quotes refer to it with `claim`. */
  id: ClaimId;
  /** The statement, as a sentence. */
  statement: string;
  /** Who takes which side on it, each with the quote that shows it where there is one. */
  stances: Stance[];
}
