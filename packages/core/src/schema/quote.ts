import { z } from "zod";
import { QUOTE_MODES } from "../model/quote.js";
import { StanceKindSchema } from "./claim.js";
import { IdSchema, RefSchema, TextSchema } from "./strings.js";
import { TimeRefSchema } from "./time-ref.js";

/** `direct`, `partial` or `indirect`. */
export const QuoteModeSchema = z.enum(QUOTE_MODES);

/** Who a quote was said to. */
export const AudienceSchema = z.strictObject({
  text: TextSchema,
  entity: RefSchema.exactOptional(),
});

/** Who said what, where and how. */
export const QuoteSchema = z.strictObject({
  id: IdSchema,
  speaker: RefSchema,
  text: TextSchema,
  mode: QuoteModeSchema,
  verb: TextSchema.exactOptional(),
  via: RefSchema.exactOptional(),
  audience: AudienceSchema.exactOptional(),
  when: TimeRefSchema.exactOptional(),
  claim: RefSchema.exactOptional(),
  stance: StanceKindSchema.exactOptional(),
});
