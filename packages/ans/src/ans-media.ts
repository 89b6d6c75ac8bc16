import type { Audio, Embed, Video } from "@newsdoc/core/kit";
import type { Report } from "./report.js";
import { ANS_VERSION, type AnsCustomEmbed, type AnsMedia } from "./types.js";

/** The `subtype` of the `custom_embed` an embed becomes. */
export const EMBED_SUBTYPE = "newsdoc_embed";

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO 8601 duration in milliseconds (ANS `duration`), or `undefined`. */
export function durationMs(iso: string): number | undefined {
  const m = DURATION.exec(iso);
  if (m === null) return undefined;
  const [, d = "0", h = "0", min = "0", s = "0"] = m;
  return Math.round((((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s)) * 1000);
}

/**
 * An embed as an ANS `custom_embed` (subtype `newsdoc_embed`): the item's
 * page as `embed.url`, a foreign id from it, and the other fields (provider,
 * embed URL, title, fallback, aspect ratio) in `embed.config`. ANS limits
 * the id to 128 and the URL to 512 characters: a longer one is reported.
 */
export function ansEmbed(node: Embed, at: string, report: Report): AnsCustomEmbed {
  const config: Record<string, unknown> = { title: node.title };
  if (node.provider !== undefined) config.provider = node.provider;
  if (node.embedUrl !== undefined) config.embedUrl = node.embedUrl;
  if (node.fallback !== undefined) config.fallback = node.fallback;
  if (node.aspectRatio !== undefined) config.aspectRatio = { ...node.aspectRatio };
  const embed: AnsCustomEmbed["embed"] = { id: node.url.slice(0, 128), config };
  if (node.url.length <= 512) embed.url = node.url;
  else {
    report.push({
      kind: "dropped",
      path: `${at}.url`,
      message: `ANS embed URLs are at most 512 characters: the URL (${node.url.length}) is kept only as the embed id's first 128.`,
    });
  }
  return { type: "custom_embed", subtype: EMBED_SUBTYPE, embed };
}

/**
 * A video or audio as an ANS `video` / `audio` element: title as
 * `headlines.basic`, description, `streams` (URL and MIME type as
 * `stream_type`), a video's `duration` in milliseconds, `publish_date` (the upload
 * date), a video's `promo_image` (its poster), `transcript` and
 * `subtitles.urls` (WebVTT). What ANS has no field for (a track's kind,
 * language, label and default; pixel size) goes in
 * `additional_properties.newsdoc`.
 */
export function ansMedia(node: Video | Audio): AnsMedia {
  const out: AnsMedia = { type: node.type, version: ANS_VERSION, headlines: { basic: node.title } };
  if (node.description !== undefined) out.description = { basic: node.description };
  out.streams = node.sources.map((s) => ({ url: s.url, stream_type: s.mimeType }));
  // ANS audio has no duration field (audio.json): there it is only in additional_properties.
  if (node.duration !== undefined && node.type === "video") {
    const ms = durationMs(node.duration);
    if (ms !== undefined) out.duration = ms;
  }
  if (node.uploadDate !== undefined) out.publish_date = node.uploadDate;
  if (node.transcript !== undefined && node.type === "video") out.transcript = node.transcript;
  const extra: Record<string, unknown> = {};
  if (node.type === "video") {
    if (node.poster !== undefined)
      out.promo_image = { type: "image", version: ANS_VERSION, url: node.poster };
    if (node.width !== undefined) extra.width = node.width;
    if (node.height !== undefined) extra.height = node.height;
    if (node.tracks !== undefined && node.tracks.length > 0)
      out.subtitles = { urls: node.tracks.map((t) => ({ url: t.url, format: "WEB_VTT" })) };
  }
  if (node.type === "audio" && node.transcript !== undefined) extra.transcript = node.transcript;
  if (node.tracks !== undefined) extra.tracks = node.tracks.map((t) => ({ ...t }));
  if (node.duration !== undefined) extra.duration = node.duration;
  if (Object.keys(extra).length > 0) out.additional_properties = { newsdoc: extra };
  return out;
}
