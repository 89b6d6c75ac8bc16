import type { StanceKind } from "../model/claim.js";
import type { QuoteMode } from "../model/quote.js";

/** Reader-facing English labels for quote modes, for appendices and legends. */
export const QUOTE_MODE_LABELS: Readonly<Record<QuoteMode, string>> = Object.freeze({
  direct: "direct quotation",
  partial: "partial quotation",
  indirect: "reported speech",
});

/** Reader-facing English labels for stances, for claim tables. */
export const STANCE_LABELS: Readonly<Record<StanceKind, string>> = Object.freeze({
  asserts: "asserts",
  denies: "denies",
  neither: "neither asserts nor denies",
  cannotVerify: "cannot verify",
});
