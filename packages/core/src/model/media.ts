/** One encoding of a video or audio file. */
export interface MediaSource {
  /** The file (absolute http(s)). */
  url: string;
  /** Its MIME type (`video/mp4`, `audio/mpeg`), so a browser skips what it cannot play. */
  mimeType: string;
}

/** Every {@link TrackKind}. */
export const TRACK_KINDS = ["captions", "subtitles", "descriptions", "chapters"] as const;

/** What a text track is for (HTML's `<track kind>`). */
export type TrackKind = (typeof TRACK_KINDS)[number];

/** A WebVTT text track: captions, subtitles, descriptions or chapters. */
export interface TextTrack {
  /** The WebVTT file (absolute http(s)). */
  url: string;
  /** What it is for. */
  kind: TrackKind;
  /** Its language (BCP 47). */
  language: string;
  /** Its name in a player's menu ("English", "Русский"). */
  label: string;
  /** True for the track a player turns on by default; at most one per medium. */
  default?: boolean;
}

/** Fields video and audio share. */
export interface MediaBase {
  /** What it is (JSON-LD `name`, the player's accessible name). */
  title: string;
  /** A sentence about it (JSON-LD `description`). */
  description?: string;
  /** Its files, in order of preference; at least one. */
  sources: MediaSource[];
  /** Its length as an ISO 8601 duration (`PT1M33S`). */
  duration?: string;
  /** When it was first published (ISO 8601 with offset); Google requires it for video. */
  uploadDate?: string;
  /** Its text tracks. */
  tracks?: TextTrack[];
  /** The words spoken, in full, as plain text; paragraphs separated by blank lines. */
  transcript?: string;
}

/**
 * A self-hosted video: rendered as `<video controls>` with its sources and
 * tracks, and as a schema.org `VideoObject` (Google asks for `name`,
 * `thumbnailUrl` — the poster — and `uploadDate`; lint says which is missing).
 */
export interface Video extends MediaBase {
  /** Always `"video"`. */
  type: "video";
  /** The still shown before it plays (absolute http(s)); JSON-LD `thumbnailUrl`. */
  poster?: string;
  /** Its width in pixels. */
  width?: number;
  /** Its height in pixels. */
  height?: number;
}

/** A self-hosted audio clip or podcast episode: `<audio controls>` and a schema.org `AudioObject`. */
export interface Audio extends MediaBase {
  /** Always `"audio"`. */
  type: "audio";
}
