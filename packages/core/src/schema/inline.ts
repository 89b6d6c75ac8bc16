import { z } from "zod";
import { LinkUrlSchema, RefSchema, TextSchema } from "./strings.js";

/** Stressed emphasis. */
export const EmphasisSchema = z.strictObject({
  type: z.literal("emphasis"),
  get children(): z.ZodArray<typeof InlineSchema> {
    return z.array(InlineSchema);
  },
});

/** Strong importance. */
export const StrongSchema = z.strictObject({
  type: z.literal("strong"),
  get children(): z.ZodArray<typeof InlineSchema> {
    return z.array(InlineSchema);
  },
});

/** A hyperlink (http(s) or mailto:). */
export const LinkSchema = z.strictObject({
  type: z.literal("link"),
  url: LinkUrlSchema,
  title: TextSchema.exactOptional(),
  get children(): z.ZodArray<typeof InlineSchema> {
    return z.array(InlineSchema);
  },
});

/** Words that name an entity of the registry. */
export const MentionSchema = z.strictObject({
  type: z.literal("mention"),
  entity: RefSchema,
  text: TextSchema,
});

/** A span of the text that carries a quote. */
export const QuoteSpanSchema = z.strictObject({
  type: z.literal("quote"),
  quote: RefSchema,
  get children(): z.ZodArray<typeof InlineSchema> {
    return z.array(InlineSchema);
  },
});

/** A hard line break. */
export const BreakSchema = z.strictObject({ type: z.literal("break") });

/** Inline nodes that are objects, discriminated by `type`. */
export const InlineElementSchema = z.discriminatedUnion("type", [
  EmphasisSchema,
  StrongSchema,
  LinkSchema,
  MentionSchema,
  QuoteSpanSchema,
  BreakSchema,
]);

/** Inline content: a plain string or an inline node. */
export const InlineSchema = z.union([z.string(), InlineElementSchema]);
