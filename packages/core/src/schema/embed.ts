import { z } from "zod";
import { EMBED_PROVIDER_IDS } from "../model/embed.js";
import { HttpUrlSchema, TextSchema } from "./strings.js";

const RatioPartSchema = z.number().int().positive();

/** The shape an embed is laid out at. */
export const AspectRatioSchema = z.strictObject({
  width: RatioPartSchema,
  height: RatioPartSchema,
});

/** A known embed provider's id. */
export const EmbedProviderSchema = z.enum(
  EMBED_PROVIDER_IDS as unknown as readonly [
    (typeof EMBED_PROVIDER_IDS)[number],
    ...(typeof EMBED_PROVIDER_IDS)[number][],
  ],
);

/**
 * A third-party item by URL. Validation also checks that `url` and
 * `embedUrl` are on the provider's hosts and that `embedUrl` is `https`.
 */
export const EmbedSchema = z.strictObject({
  type: z.literal("embed"),
  url: HttpUrlSchema,
  provider: EmbedProviderSchema.exactOptional(),
  embedUrl: HttpUrlSchema.exactOptional(),
  title: TextSchema,
  fallback: TextSchema.exactOptional(),
  aspectRatio: AspectRatioSchema.exactOptional(),
});
