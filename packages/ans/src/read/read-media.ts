import type { Audio, Embed, MediaSource, TextTrack, Video } from "@newsdoc/core";
import {
  DateTimeSchema,
  DurationSchema,
  EMBED_PROVIDER_IDS,
  EMBED_PROVIDERS,
  type EmbedProvider,
  isHttpUrl,
  isProviderUrl,
  LanguageTagSchema,
  safeUrl,
  TRACK_KINDS,
} from "@newsdoc/core";
import {
  cleanText,
  isNonBlank,
  isObject,
  type JsonObject,
  type Report,
} from "@newsdoc/interop-kit";
import { EMBED_SUBTYPE } from "../ans-media.js";

/** An http(s) URL that `safeUrl` keeps, else `undefined` (reported when one was given). */
function httpUrl(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && isHttpUrl(value) && safeUrl(value) === value) return value;
  report.push({
    kind: "dropped",
    path,
    message: "Not an absolute http(s) URL newsdoc keeps: left out.",
  });
  return undefined;
}

function text(value: unknown, path: string, report: Report): string | undefined {
  if (typeof value !== "string") return undefined;
  const clean = cleanText(value, path, report);
  return isNonBlank(clean) ? clean : undefined;
}

/** The known provider whose hosts `url` is on (Google only for its maps). */
function providerOf(url: string): EmbedProvider | undefined {
  return EMBED_PROVIDER_IDS.find(
    (p) =>
      isProviderUrl(p, url) && (p !== "google-maps" || /\/maps\b|maps\.app\.goo\.gl/.test(url)),
  );
}

function ratio(value: unknown): Embed["aspectRatio"] {
  if (!isObject(value)) return undefined;
  const { width, height } = value;
  return Number.isInteger(width) &&
    Number.isInteger(height) &&
    (width as number) > 0 &&
    (height as number) > 0
    ? { width: width as number, height: height as number }
    : undefined;
}

/**
 * A `custom_embed`: newsdoc's own (subtype `newsdoc_embed`: the page in
 * `embed.url`, the rest in `embed.config`) or another system's with an
 * http(s) `embed.url` (an embed of the provider the URL is on, titled by
 * `config.title`, else the provider's name; reported). `undefined`,
 * reported, when there is no URL to keep.
 */
export function readCustomEmbed(
  element: JsonObject,
  at: string,
  report: Report,
): Embed | undefined {
  const embed = isObject(element.embed) ? element.embed : undefined;
  const config = isObject(embed?.config) ? embed.config : {};
  const own = element.subtype === EMBED_SUBTYPE;
  const url = httpUrl(embed?.url ?? (own ? embed?.id : undefined), `${at}.embed.url`, report);
  if (url === undefined) {
    report.push({
      kind: "dropped",
      path: at,
      message:
        "A custom embed without an http(s) URL (embed.url): newsdoc has nothing to link to, left out.",
    });
    return undefined;
  }
  const given = typeof config.provider === "string" ? config.provider : undefined;
  const provider =
    given !== undefined && Object.hasOwn(EMBED_PROVIDERS, given)
      ? (given as EmbedProvider)
      : own
        ? undefined
        : providerOf(url);
  let title = text(config.title, `${at}.embed.config.title`, report);
  if (title === undefined) {
    title =
      provider === undefined ? new URL(url).hostname : `${EMBED_PROVIDERS[provider].name} embed`;
    report.push({
      kind: "approximated",
      path: at,
      message: `The embed has no title (embed.config.title): titled "${title}".`,
    });
  }
  const out: Embed = { type: "embed", url, title };
  if (provider !== undefined) out.provider = provider;
  const embedUrl = httpUrl(config.embedUrl, `${at}.embed.config.embedUrl`, report);
  if (embedUrl !== undefined) out.embedUrl = embedUrl;
  const fallback = text(config.fallback, `${at}.embed.config.fallback`, report);
  if (fallback !== undefined) out.fallback = fallback;
  const shape = ratio(config.aspectRatio);
  if (shape !== undefined) out.aspectRatio = shape;
  const known = new Set(["title", "provider", "embedUrl", "fallback", "aspectRatio"]);
  for (const key of Object.keys(config)) {
    if (!known.has(key))
      report.push({
        kind: "dropped",
        path: `${at}.embed.config.${key}`,
        message: `The embed's config.${key} has no place in newsdoc: left out.`,
      });
  }
  if (!own)
    report.push({
      kind: "approximated",
      path: at,
      message: `A custom embed${typeof element.subtype === "string" ? ` (${element.subtype})` : ""} read as an embed of ${url}.`,
    });
  return out;
}

/**
 * An `oembed_response` (Arc's YouTube, X, Instagram… embeds): an embed of
 * `referent.id` (or `raw_oembed.url`), titled by the oEmbed title or
 * author. The provider's HTML is never imported.
 */
export function readOembed(element: JsonObject, at: string, report: Report): Embed | undefined {
  const raw = isObject(element.raw_oembed) ? element.raw_oembed : {};
  const referent = isObject(element.referent) ? element.referent : {};
  const candidate = [referent.id, raw.url, raw._id].find(
    (v): v is string => typeof v === "string" && isHttpUrl(v),
  );
  const url = candidate === undefined ? undefined : httpUrl(candidate, `${at}.referent.id`, report);
  if (url === undefined) {
    report.push({
      kind: "dropped",
      path: at,
      message: "An oEmbed response without an http(s) URL: left out.",
    });
    return undefined;
  }
  const provider = providerOf(url);
  const author = text(raw.author_name, `${at}.raw_oembed.author_name`, report);
  const title =
    text(raw.title, `${at}.raw_oembed.title`, report) ??
    (author !== undefined
      ? `${provider === undefined ? "A post" : `${EMBED_PROVIDERS[provider].name} post`} by ${author}`
      : provider === undefined
        ? new URL(url).hostname
        : `${EMBED_PROVIDERS[provider].name} embed`);
  const out: Embed = { type: "embed", url, title };
  if (provider !== undefined) out.provider = provider;
  report.push({
    kind: "approximated",
    path: at,
    message: `An oEmbed response read as an embed of ${url}: its HTML (raw_oembed.html) is never imported.`,
  });
  return out;
}

// Arc's stream types, as MIME types.
const STREAM_MIME: Readonly<Record<string, string>> = {
  mp4: "video/mp4",
  "gif-mp4": "video/mp4",
  ts: "video/mp2t",
  hls: "application/vnd.apple.mpegurl",
  mp3: "audio/mpeg",
  aac: "audio/aac",
};

function msAsDuration(ms: unknown): string | undefined {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) return undefined;
  const total = Math.round(ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 1000) / 1000;
  return `PT${h > 0 ? `${h}H` : ""}${m > 0 ? `${m}M` : ""}${s > 0 || (h === 0 && m === 0) ? `${s}S` : ""}`;
}

function readTracks(value: unknown, at: string, report: Report): TextTrack[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const tracks: TextTrack[] = [];
  value.forEach((t, i) => {
    const path = `${at}[${i}]`;
    if (!isObject(t)) return;
    const url = httpUrl(t.url, `${path}.url`, report);
    const kind = TRACK_KINDS.find((k) => k === t.kind);
    const language =
      typeof t.language === "string" && LanguageTagSchema.safeParse(t.language).success
        ? t.language
        : undefined;
    const label = text(t.label, `${path}.label`, report);
    if (url === undefined || kind === undefined || language === undefined || label === undefined) {
      report.push({
        kind: "dropped",
        path,
        message: "A text track without its URL, kind, language or label: left out.",
      });
      return;
    }
    const track: TextTrack = { url, kind, language, label };
    if (t.default === true) track.default = true;
    tracks.push(track);
  });
  return tracks;
}

/**
 * An ANS `video` or `audio` element: `headlines.basic` is the title,
 * `description.basic`, `streams` (URL and `stream_type`, a MIME type or
 * Arc's `mp4`/`ts`/`hls`), `duration` (milliseconds), `publish_date`, a
 * video's `promo_image` (the poster) and `transcript`; newsdoc's own
 * fields from `additional_properties.newsdoc` (tracks, ISO duration, size).
 * `undefined`, reported, without a title or a playable stream.
 */
export function readMedia(
  element: JsonObject,
  at: string,
  report: Report,
): Video | Audio | undefined {
  const headlines = isObject(element.headlines) ? element.headlines : {};
  const title = text(headlines.basic, `${at}.headlines.basic`, report);
  const sources: MediaSource[] = [];
  const streams = Array.isArray(element.streams) ? element.streams : [];
  streams.forEach((stream, i) => {
    if (!isObject(stream)) return;
    const url = httpUrl(stream.url, `${at}.streams[${i}].url`, report);
    const type = typeof stream.stream_type === "string" ? stream.stream_type : undefined;
    // Arc's short names mapped; anything else is taken as the MIME type newsdoc wrote.
    const mimeType =
      type === undefined || type.includes("/")
        ? type
        : (STREAM_MIME[type.trim().toLowerCase()] ?? type);
    if (url !== undefined && mimeType !== undefined && isNonBlank(mimeType))
      sources.push({ url, mimeType });
    else if (url !== undefined)
      report.push({
        kind: "dropped",
        path: `${at}.streams[${i}]`,
        message: `A stream of type ${JSON.stringify(stream.stream_type)} newsdoc cannot name a MIME type for: left out.`,
      });
  });
  if (title === undefined || sources.length === 0) {
    report.push({
      kind: "dropped",
      path: at,
      message: `A ${String(element.type)} without ${title === undefined ? "a title (headlines.basic)" : "a stream newsdoc can play (streams)"}: left out.`,
    });
    return undefined;
  }
  const extra =
    isObject(element.additional_properties) && isObject(element.additional_properties.newsdoc)
      ? element.additional_properties.newsdoc
      : {};
  const node: Video | Audio =
    element.type === "video"
      ? { type: "video", title, sources }
      : { type: "audio", title, sources };
  const description = isObject(element.description)
    ? text(element.description.basic, `${at}.description.basic`, report)
    : undefined;
  if (description !== undefined) node.description = description;
  const duration =
    typeof extra.duration === "string" && DurationSchema.safeParse(extra.duration).success
      ? extra.duration
      : msAsDuration(element.duration);
  if (duration !== undefined) node.duration = duration;
  if (
    typeof element.publish_date === "string" &&
    DateTimeSchema.safeParse(element.publish_date).success
  )
    node.uploadDate = element.publish_date;
  const tracks = readTracks(extra.tracks, `${at}.additional_properties.newsdoc.tracks`, report);
  if (tracks !== undefined) node.tracks = tracks;
  else if (
    isObject(element.subtitles) &&
    Array.isArray(element.subtitles.urls) &&
    element.subtitles.urls.length > 0
  ) {
    report.push({
      kind: "dropped",
      path: `${at}.subtitles`,
      message:
        "ANS subtitles carry no kind, language or label: newsdoc cannot keep them as text tracks.",
    });
  }
  const transcript = text(element.transcript ?? extra.transcript, `${at}.transcript`, report);
  if (transcript !== undefined) node.transcript = transcript;
  if (node.type === "video") {
    const promo = isObject(element.promo_image) ? element.promo_image : undefined;
    const poster =
      promo === undefined ? undefined : httpUrl(promo.url, `${at}.promo_image.url`, report);
    if (poster !== undefined) node.poster = poster;
    for (const key of ["width", "height"] as const) {
      const n = extra[key];
      if (typeof n === "number" && Number.isInteger(n) && n > 0) node[key] = n;
    }
  }
  return node;
}
