import { z } from "zod";
import { DateOrDateTimeSchema, TextSchema } from "./strings.js";

/** A time as the text gives it, plus an ISO date only where the source fixes one. */
export const TimeRefSchema = z.strictObject({
  text: TextSchema,
  date: DateOrDateTimeSchema.exactOptional(),
});
