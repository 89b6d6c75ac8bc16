import { z } from "zod";
import { InlineSchema } from "./inline.js";
import { ImageRenditionSchema } from "./publishing.js";
import { HttpUrlSchema, RefSchema, TextSchema } from "./strings.js";

/** Who made an image and who provided it. */
export const CreditSchema = z.strictObject({
  text: TextSchema,
  creators: z.array(RefSchema).exactOptional(),
  providers: z.array(RefSchema).exactOptional(),
});

/** A pixel dimension: a positive integer. */
const PixelsSchema = z.number().int().positive();

/**
 * An image with its caption and credit. `alt` may be the empty string, which
 * means what it means in HTML: the image is decorative.
 */
export const ImageSchema = z.strictObject({
  url: HttpUrlSchema.exactOptional(),
  alt: z.string().exactOptional(),
  caption: z.array(InlineSchema).exactOptional(),
  credit: CreditSchema.exactOptional(),
  width: PixelsSchema.exactOptional(),
  height: PixelsSchema.exactOptional(),
  about: z.array(RefSchema).exactOptional(),
  renditions: z.array(ImageRenditionSchema).exactOptional(),
});
