import { z } from "zod";
import { DateTimeSchema, HttpUrlSchema, LanguageTagSchema, TextSchema } from "./strings.js";

/** Who may read the article. */
export const AccessKindSchema = z.enum(["free", "subscription", "metered"]);

/** Who may read the article, and how many leading body blocks are free. */
export const AccessSchema = z.strictObject({
  kind: AccessKindSchema,
  freeBlocks: z.number().int().nonnegative().exactOptional(),
});

/** A correction: its date and its text. */
export const CorrectionSchema = z.strictObject({
  date: DateTimeSchema,
  text: TextSchema,
});

/** The same article in another language, at another URL. */
export const TranslationSchema = z.strictObject({
  language: LanguageTagSchema,
  url: HttpUrlSchema,
});

/** One step of the section path. */
export const SectionLinkSchema = z.strictObject({
  name: TextSchema,
  url: HttpUrlSchema,
});

/** One file of an image at one size. */
export const ImageRenditionSchema = z.strictObject({
  url: HttpUrlSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
