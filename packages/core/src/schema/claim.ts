import { z } from "zod";
import { STANCE_KINDS } from "../model/claim.js";
import { IdSchema, RefSchema, TextSchema } from "./strings.js";

/** `asserts`, `denies`, `neither` or `cannotVerify`. */
export const StanceKindSchema = z.enum(STANCE_KINDS);

/** One party's side on a claim. */
export const StanceSchema = z.strictObject({
  stance: StanceKindSchema,
  by: RefSchema,
  quote: RefSchema.exactOptional(),
});

/** A statement the article reports on, and who takes which side. */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  statement: TextSchema,
  stances: z.array(StanceSchema),
});
