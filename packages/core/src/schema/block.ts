import { z } from "zod";
import { EmbedSchema } from "./embed.js";
import { ImageSchema } from "./image.js";
import { InlineSchema } from "./inline.js";
import { AudioSchema, VideoSchema } from "./media.js";
import { AnchorSchema, HttpUrlSchema, RefSchema } from "./strings.js";

/** A paragraph of inline content. */
export const ParagraphSchema = z.strictObject({
  type: z.literal("paragraph"),
  children: z.array(InlineSchema),
});

/** A section heading, level 2 to 6 (level 1 is the headline's). */
export const HeadingSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.literal([2, 3, 4, 5, 6]),
  id: AnchorSchema.exactOptional(),
  children: z.array(InlineSchema),
});

/** An image in the body. */
export const FigureSchema = z.strictObject({
  type: z.literal("figure"),
  image: ImageSchema,
});

/** A block quotation, optionally linked to the quote it shows. */
export const BlockquoteSchema = z.strictObject({
  type: z.literal("blockquote"),
  quote: RefSchema.exactOptional(),
  cite: HttpUrlSchema.exactOptional(),
  get children(): z.ZodArray<typeof BlockSchema> {
    return z.array(BlockSchema);
  },
});

/** One item of a list. */
export const ListItemSchema = z.strictObject({
  type: z.literal("listItem"),
  children: z.array(InlineSchema),
});

/** A bulleted or numbered list. */
export const ListSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean().exactOptional(),
  start: z.number().int().min(0).exactOptional(),
  children: z.array(ListItemSchema),
});

/** A thematic break. */
export const RuleSchema = z.strictObject({ type: z.literal("rule") });

/** Block content of the body, discriminated by `type`. */
export const BlockSchema = z.discriminatedUnion("type", [
  ParagraphSchema,
  HeadingSchema,
  FigureSchema,
  BlockquoteSchema,
  ListSchema,
  RuleSchema,
  EmbedSchema,
  VideoSchema,
  AudioSchema,
]);
