import { z } from "zod";
import { TRACK_KINDS } from "../model/media.js";
import {
  DateTimeSchema,
  DurationSchema,
  HttpUrlSchema,
  LanguageTagSchema,
  TextSchema,
} from "./strings.js";

/** One encoding of a video or audio file: its URL and MIME type. */
export const MediaSourceSchema = z.strictObject({
  url: HttpUrlSchema,
  mimeType: TextSchema,
});

/** A WebVTT text track. */
export const TextTrackSchema = z.strictObject({
  url: HttpUrlSchema,
  kind: z.enum(TRACK_KINDS),
  language: LanguageTagSchema,
  label: TextSchema,
  default: z.boolean().exactOptional(),
});

const PixelsSchema = z.number().int().positive();

const mediaFields = {
  title: TextSchema,
  description: TextSchema.exactOptional(),
  sources: z.array(MediaSourceSchema).min(1),
  duration: DurationSchema.exactOptional(),
  uploadDate: DateTimeSchema.exactOptional(),
  tracks: z.array(TextTrackSchema).exactOptional(),
  transcript: TextSchema.exactOptional(),
};

/** A self-hosted video. */
export const VideoSchema = z.strictObject({
  type: z.literal("video"),
  ...mediaFields,
  poster: HttpUrlSchema.exactOptional(),
  width: PixelsSchema.exactOptional(),
  height: PixelsSchema.exactOptional(),
});

/** A self-hosted audio clip. */
export const AudioSchema = z.strictObject({
  type: z.literal("audio"),
  ...mediaFields,
});
