import { z } from "zod";
import { EmbedSchema } from "./embed.js";
import { ImageSchema } from "./image.js";
import { InlineSchema } from "./inline.js";
import { AudioSchema, VideoSchema } from "./media.js";
import { AnchorSchema, DateTimeSchema, HttpUrlSchema, RefSchema, TextSchema } from "./strings.js";
import { TableSchema } from "./table.js";

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

/** A factbox or sidebar: a title (never empty) and its own blocks. */
export const AsideSchema = z.strictObject({
  type: z.literal("aside"),
  title: z.array(InlineSchema).min(1),
  get children(): z.ZodArray<typeof BlockSchema> {
    return z.array(BlockSchema);
  },
});

/** A pull quote: the quote it shows, by id. */
export const PullQuoteSchema = z.strictObject({
  type: z.literal("pullQuote"),
  quote: RefSchema,
});

/** An editor's note in the body. */
export const EditorsNoteSchema = z.strictObject({
  type: z.literal("editorsNote"),
  children: z.array(InlineSchema),
});

/** A correction notice in the body: the shape of an article-level correction. */
export const CorrectionNoticeSchema = z.strictObject({
  type: z.literal("correction"),
  date: DateTimeSchema,
  text: TextSchema,
});

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
  AsideSchema,
  PullQuoteSchema,
  EditorsNoteSchema,
  CorrectionNoticeSchema,
  TableSchema,
]);
