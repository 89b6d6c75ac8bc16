import {
  type Audio,
  DateTimeSchema,
  DurationSchema,
  LanguageTagSchema,
  type MediaSource,
  type TextTrack,
  TRACK_KINDS,
  type TrackKind,
  type Video,
} from "@newsdoc/core";
import {
  at,
  type ImportContext,
  reportAttributes,
  reportElement,
  reportText,
  urlAttribute,
} from "./context.js";
import { attr, type Element, isElement, isText, textContent } from "./dom.js";
import { collapsedText, hasOwnClass } from "./own-class.js";
import { cleanText, isNonBlank, shortValue } from "./sanitize.js";

// The MIME types of the file extensions browsers play, for a <source> or
// src that does not say its type.
const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  mp4: "video/mp4",
  m4v: "video/mp4",
  webm: "video/webm",
  ogv: "video/ogg",
  mov: "video/quicktime",
  m3u8: "application/vnd.apple.mpegurl",
  mpd: "application/dash+xml",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  oga: "audio/ogg",
  ogg: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  flac: "audio/flac",
};

function mimeOfUrl(url: string): string | undefined {
  const ext = /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : MIME_BY_EXTENSION[ext];
}

function pixels(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** One `<source>` (or the player's own `src`): its URL and MIME type, given or known from the extension. */
function sourceOf(element: Element, ctx: ImportContext): MediaSource | undefined {
  const url = urlAttribute(ctx, element, "src", "http");
  if (url === undefined) return undefined;
  const given = attr(element, "type");
  const mimeType = isNonBlank(given)
    ? ctx.preserve
      ? cleanText(given)
      : collapsedText(given)
    : mimeOfUrl(url);
  if (mimeType === undefined) {
    reportElement(
      ctx,
      "dropped",
      "media",
      element,
      `The file ${shortValue(url)} has no type attribute and no extension newsdoc knows: dropped (give <source type="video/mp4">).`,
    );
    return undefined;
  }
  return { url, mimeType };
}

/** One `<track>`: a WebVTT file with its kind, language and label. */
function trackOf(element: Element, ctx: ImportContext): TextTrack | undefined {
  const url = urlAttribute(ctx, element, "src", "http");
  if (url === undefined) return undefined;
  const kindAttr = attr(element, "kind")?.trim().toLowerCase() ?? "subtitles";
  const kind = (TRACK_KINDS as readonly string[]).includes(kindAttr)
    ? (kindAttr as TrackKind)
    : undefined;
  const srclang = attr(element, "srclang")?.trim();
  const language =
    srclang !== undefined && LanguageTagSchema.safeParse(srclang).success ? srclang : undefined;
  if (kind === undefined || language === undefined) {
    reportElement(
      ctx,
      "dropped",
      "media",
      element,
      kind === undefined
        ? `A <track kind="${shortValue(kindAttr)}"> (metadata, or unknown) has no place in the model: dropped.`
        : "A <track> without a valid srclang: dropped (the model needs each track's language).",
    );
    return undefined;
  }
  const labelAttr = attr(element, "label");
  const label = isNonBlank(labelAttr) ? cleanText(labelAttr) : language;
  const track: TextTrack = { url, kind, language, label };
  if (attr(element, "default") !== undefined) track.default = true;
  reportAttributes(ctx, element, ["src", "kind", "srclang", "label", "default"]);
  return track;
}

// How a player is set to play: not what the medium is.
const PLAYER_POLICY = [
  "controls",
  "preload",
  "autoplay",
  "muted",
  "loop",
  "playsinline",
  "crossorigin",
  "controlslist",
  "disablepictureinpicture",
  "disableremoteplayback",
];

/** What a caption or page says about the medium that the player itself does not. */
export interface MediaCaption {
  title?: string;
  description?: string;
  duration?: string;
  transcript?: string;
  uploadDate?: string;
}

/**
 * A `<video>` or `<audio>` element: its files (`src`, `<source>`), text
 * tracks, poster and size; its fallback content (a download link, a
 * sentence) is reported. The title is its `aria-label` or `title`, the
 * caption's, or the first file's name (reported). `own`: newsdoc's own
 * markup (its fallback link is generated). `undefined`, reported, when it
 * has no file the model can keep.
 */
export function mediaElement(
  element: Element,
  ctx: ImportContext,
  caption: MediaCaption = {},
  own = false,
): Video | Audio | undefined {
  const sources: MediaSource[] = [];
  const tracks: TextTrack[] = [];
  if (attr(element, "src") !== undefined) {
    const own = sourceOf(element, ctx);
    if (own !== undefined) sources.push(own);
  }
  let fallback = false;
  for (const kid of element.childNodes) {
    if (isElement(kid) && kid.tagName === "source") {
      const source = sourceOf(kid, ctx);
      if (source !== undefined) sources.push(source);
      reportAttributes(ctx, kid, ["src", "type"]);
    } else if (isElement(kid) && kid.tagName === "track") {
      const track = trackOf(kid, ctx);
      if (track !== undefined) tracks.push(track);
    } else if (isElement(kid) || (isText(kid) && isNonBlank(kid.value))) fallback = true;
  }
  if (sources.length === 0) {
    const text = reportText(element);
    ctx.report.push({
      kind: "unsupported",
      reason: "embed",
      message: `<${element.tagName}> without a file the model can keep (an http(s) src with a known type): left out.`,
      ...at(element),
      ...(text === undefined ? {} : { text }),
    });
    return undefined;
  }
  if (fallback) {
    const text = reportText(element);
    ctx.report.push({
      kind: "dropped",
      reason: own ? "generated" : "media",
      message: own
        ? `newsdoc's fallback link inside <${element.tagName}> is generated from its first file: not read back.`
        : `The fallback content of <${element.tagName}> (for browsers that cannot play it) is not kept.`,
      ...at(element),
      ...(text === undefined ? {} : { text }),
    });
  }
  const label = attr(element, "aria-label") ?? attr(element, "title");
  let title = isNonBlank(label)
    ? ctx.preserve
      ? cleanText(label)
      : collapsedText(label)
    : caption.title;
  if (title === undefined) {
    title = decodeURIComponent(new URL(sources[0]!.url).pathname.split("/").pop() ?? "") || "Media";
    reportElement(
      ctx,
      "converted",
      "media-title",
      element,
      `<${element.tagName}> without a title (aria-label, title or caption): titled "${shortValue(title)}" after its file; give it its real title.`,
    );
  }
  const node: Video | Audio =
    element.tagName === "video"
      ? { type: "video", title, sources }
      : { type: "audio", title, sources };
  if (caption.description !== undefined) node.description = caption.description;
  if (caption.duration !== undefined) node.duration = caption.duration;
  if (caption.uploadDate !== undefined) node.uploadDate = caption.uploadDate;
  if (tracks.length > 0) node.tracks = tracks;
  if (caption.transcript !== undefined) node.transcript = caption.transcript;
  const consumed = ["src", "aria-label", "title", ...PLAYER_POLICY];
  if (node.type === "video") {
    const poster = urlAttribute(ctx, element, "poster", "http");
    if (poster !== undefined) node.poster = poster;
    const width = pixels(attr(element, "width"));
    const height = pixels(attr(element, "height"));
    if (width !== undefined) node.width = width;
    if (height !== undefined) node.height = height;
    consumed.push(
      "poster",
      ...(width === undefined ? [] : ["width"]),
      ...(height === undefined ? [] : ["height"]),
    );
  }
  reportAttributes(ctx, element, consumed);
  return node;
}

/** A transcript's `<p>`s, each `<br>` a line break, joined by blank lines. */
function transcriptOf(details: Element, ctx: ImportContext): string | undefined {
  const parts: string[] = [];
  for (const kid of details.childNodes) {
    if (!isElement(kid)) continue;
    if (kid.tagName === "summary") {
      reportElement(
        ctx,
        "dropped",
        "generated",
        kid,
        "The transcript's summary is newsdoc's label: not read back.",
        true,
      );
      continue;
    }
    if (kid.tagName !== "p") {
      reportElement(
        ctx,
        "dropped",
        "not-kept",
        kid,
        `<${kid.tagName}> in a transcript: dropped.`,
        true,
      );
      continue;
    }
    let text = "";
    for (const n of kid.childNodes) {
      if (isElement(n) && n.tagName === "br") text += "\n";
      else text += isText(n) ? n.value : textContent(n);
    }
    parts.push(cleanText(text));
  }
  const transcript = parts.join("\n\n");
  return isNonBlank(transcript) ? transcript : undefined;
}

/**
 * newsdoc's own media markup, `<figure class="nd-video" data-upload-date>`
 * (or `nd-audio`): the player, a `<details class="nd-transcript">`, and
 * the `<figcaption>` with the title, `<time datetime>` duration and
 * description. `undefined` when it is not that shape.
 */
export function newsdocMedia(element: Element, ctx: ImportContext): Video | Audio | undefined {
  const kind = hasOwnClass(element, ctx, "video") ? "video" : "audio";
  const kids = element.childNodes.filter(isElement);
  const player = kids.find((k) => k.tagName === kind);
  if (player === undefined) return undefined;
  const caption: MediaCaption = {};
  const uploaded = attr(element, "data-upload-date");
  if (uploaded !== undefined && DateTimeSchema.safeParse(uploaded).success)
    caption.uploadDate = uploaded;
  reportAttributes(ctx, element, caption.uploadDate === undefined ? [] : ["data-upload-date"]);
  for (const kid of kids) {
    if (kid === player) continue;
    if (kid.tagName === "details" && hasOwnClass(kid, ctx, "transcript")) {
      const transcript = transcriptOf(kid, ctx);
      if (transcript !== undefined) caption.transcript = transcript;
      reportAttributes(ctx, kid);
    } else if (kid.tagName === "figcaption") {
      readMediaCaption(kid, ctx, caption);
    } else {
      reportElement(
        ctx,
        "dropped",
        "not-kept",
        kid,
        `<${kid.tagName}> inside a ${kind}'s figure has no place in the model: dropped.`,
        true,
      );
    }
  }
  return mediaElement(player, ctx, caption, true);
}

/** newsdoc's media caption: `<span class="nd-media-title">`, `<time datetime>`, `<span>` description. */
function readMediaCaption(figcaption: Element, ctx: ImportContext, caption: MediaCaption): void {
  reportAttributes(ctx, figcaption);
  for (const kid of figcaption.childNodes) {
    if (!isElement(kid)) continue;
    if (kid.tagName === "span" && hasOwnClass(kid, ctx, "media-title")) {
      const title = cleanText(textContent(kid));
      if (isNonBlank(title)) caption.title = title;
      reportAttributes(ctx, kid);
    } else if (kid.tagName === "time") {
      const datetime = attr(kid, "datetime")?.trim();
      if (datetime !== undefined && DurationSchema.safeParse(datetime).success) {
        caption.duration = datetime;
        reportElement(
          ctx,
          "dropped",
          "generated",
          kid,
          "The duration's display text is generated from its datetime: not read back.",
          true,
        );
      } else
        reportElement(
          ctx,
          "dropped",
          "not-kept",
          kid,
          "A <time> that is no duration: dropped.",
          true,
        );
    } else if (kid.tagName === "span" && caption.description === undefined) {
      const text = cleanText(textContent(kid));
      if (isNonBlank(text)) caption.description = ctx.preserve ? text : collapsedText(text);
      reportAttributes(ctx, kid);
    } else {
      reportElement(
        ctx,
        "dropped",
        "not-kept",
        kid,
        `<${kid.tagName}> in a media caption: dropped.`,
        true,
      );
    }
  }
}
