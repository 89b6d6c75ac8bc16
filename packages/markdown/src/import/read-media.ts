import {
  type Audio,
  EMBED_PROVIDER_IDS,
  type Embed,
  type EmbedProvider,
  type MediaSource,
  type TextTrack,
  TRACK_KINDS,
  type TrackKind,
  type Video,
} from "@newsdoc/core/kit";
import type { Link, Paragraph, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { DIRECTIVE } from "../newsdoc/syntax.js";
import { closest, numberAttribute } from "./attribute-values.js";
import { labelText } from "./read-inline.js";
import { fail, note, place, type Reader } from "./reader.js";

type Path = readonly (string | number)[];

function attributesOf(node: ContainerDirective | LeafDirective): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** Fails for every attribute not in `known`, with a "did you mean". */
function checkAttributes(
  reader: Reader,
  node: ContainerDirective | LeafDirective,
  known: readonly string[],
  fence: string,
): void {
  for (const key of Object.keys(attributesOf(node))) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    fail(
      reader,
      "unknown-attribute",
      `${fence}${node.name} has no attribute "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}; it takes ${known.join(", ")}.`,
      node,
    );
  }
}

/** The link of a paragraph that is one link and nothing else (blank text around it aside). */
function onlyLink(node: RootContent): Link | undefined {
  if (node.type !== "paragraph") return undefined;
  const rest = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [first] = rest;
  return rest.length === 1 && first?.type === "link" ? first : undefined;
}

/** The paragraph's words, for a plain-text field (a note when it held marks or links). */
function paragraphWords(reader: Reader, node: Paragraph, path: Path, what: string): string {
  return labelText(reader, node.children, path, what, node);
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

const EMBED_ATTRIBUTES = ["provider", "embedUrl", "aspectRatio", "fallback"];

/**
 * `:::embed{provider=… embedUrl=… aspectRatio=16:9}`: a `[title](url)`
 * paragraph, then the fallback text as a paragraph. `undefined` (with an
 * error) when it has no link.
 */
export function readEmbed(reader: Reader, node: ContainerDirective, here: Path): Embed | undefined {
  checkAttributes(reader, node, EMBED_ATTRIBUTES, ":::");
  const a = attributesOf(node);
  let url: string | undefined;
  let title: string | undefined;
  let fallback: string | undefined;
  for (const child of node.children) {
    const link = onlyLink(child);
    if (link !== undefined && url === undefined) {
      url = link.url;
      title = labelText(reader, link.children, [...here, "title"], "embed's title", link);
      if (link.title)
        note(
          reader,
          "link-title-dropped",
          `The link's title ${JSON.stringify(link.title)} has no place in an embed: dropped.`,
          link,
        );
    } else if (child.type === "paragraph") {
      const words = paragraphWords(reader, child, [...here, "fallback"], "embed's fallback");
      if (fallback !== undefined) {
        note(
          reader,
          "fallback-joined",
          "An embed has one fallback text: this paragraph was joined to it after a blank line.",
          child,
        );
        fallback = `${fallback}\n\n${words}`;
      } else fallback = words;
    } else {
      note(
        reader,
        "embed-content-dropped",
        `An :::embed holds a [title](url) paragraph and its fallback text; this ${child.type} was dropped.`,
        child,
      );
    }
  }
  if (url === undefined || title === undefined) {
    fail(
      reader,
      "missing-link",
      "An :::embed starts with a link to the item's page: [Title](https://…).",
      node,
    );
    return undefined;
  }
  const out: Embed = { type: "embed", url, title };
  if (a.provider !== undefined) {
    if ((EMBED_PROVIDER_IDS as readonly string[]).includes(a.provider)) {
      out.provider = a.provider as EmbedProvider;
    } else {
      const guess = closest(a.provider, EMBED_PROVIDER_IDS);
      fail(
        reader,
        "invalid-attribute",
        `provider "${a.provider}" is not one newsdoc knows${guess ? ` (did you mean "${guess}"?)` : ""}: ${EMBED_PROVIDER_IDS.join(", ")}. Leave it out for any other site.`,
        node,
      );
    }
  }
  if (a.embedUrl !== undefined) out.embedUrl = a.embedUrl;
  if (a.fallback !== undefined && fallback === undefined) fallback = a.fallback;
  if (fallback !== undefined) out.fallback = fallback;
  if (a.aspectRatio !== undefined) {
    const match = /^\s*(\d{1,6})\s*[:/x]\s*(\d{1,6})\s*$/.exec(a.aspectRatio);
    if (match) out.aspectRatio = { width: Number(match[1]), height: Number(match[2]) };
    else
      fail(
        reader,
        "invalid-attribute",
        `aspectRatio is a width and height, "16:9", not "${a.aspectRatio}".`,
        node,
      );
  }
  place(reader, here, node);
  return out;
}

const MEDIA_ATTRIBUTES = ["duration", "uploadDate", "tracks", "description", "transcript"];
const VIDEO_ATTRIBUTES = [...MEDIA_ATTRIBUTES, "width", "height"];

/** `::source{url=… type=…}`. */
function readSource(reader: Reader, node: LeafDirective): MediaSource | undefined {
  checkAttributes(reader, node, ["url", "type"], "::");
  const { url, type } = attributesOf(node);
  if (url === undefined || type === undefined) {
    fail(
      reader,
      "missing-attribute",
      '::source names a file and its MIME type: ::source{url=https://… type="video/mp4"}.',
      node,
    );
    return undefined;
  }
  return { url, mimeType: type };
}

/** `::track[label]{url=… kind=… language=… default=true}`. */
function readTrack(reader: Reader, node: LeafDirective, path: Path): TextTrack | undefined {
  checkAttributes(reader, node, ["url", "kind", "language", "default", "label"], "::");
  const a = attributesOf(node);
  const label =
    node.children.length === 0 && a.label !== undefined
      ? a.label
      : labelText(reader, node.children, [...path, "label"], "track's label", node);
  if (a.url === undefined || a.kind === undefined || a.language === undefined) {
    fail(
      reader,
      "missing-attribute",
      "::track names its WebVTT file, kind and language: ::track[English]{url=https://… kind=captions language=en}.",
      node,
    );
    return undefined;
  }
  if (!(TRACK_KINDS as readonly string[]).includes(a.kind)) {
    fail(
      reader,
      "invalid-attribute",
      `A track's kind is one of ${TRACK_KINDS.join(", ")}, not "${a.kind}".`,
      node,
    );
    return undefined;
  }
  const out: TextTrack = { url: a.url, kind: a.kind as TrackKind, language: a.language, label };
  if (a.default !== undefined) {
    if (a.default === "true" || a.default === "") out.default = true;
    else if (a.default === "false") out.default = false;
    else fail(reader, "invalid-attribute", `default is true or false, not "${a.default}".`, node);
  }
  return out;
}

/** `:::transcript`: its paragraphs, joined by blank lines. */
function readTranscript(reader: Reader, node: ContainerDirective, path: Path): string {
  const parts: string[] = [];
  for (const child of node.children) {
    if (child.type === "paragraph") {
      parts.push(paragraphWords(reader, child, path, "transcript"));
    } else {
      note(
        reader,
        "transcript-content-dropped",
        `A :::transcript holds paragraphs of plain text; this ${child.type} was dropped.`,
        child,
      );
    }
  }
  return parts.join("\n\n");
}

function pixels(reader: Reader, node: ContainerDirective, value: string, name: string) {
  const n = numberAttribute(value);
  if (n === undefined)
    fail(reader, "invalid-attribute", `${name} is a whole number of pixels, not "${value}".`, node);
  return n;
}

/**
 * `:::video{width height duration uploadDate}` / `:::audio{duration uploadDate}`:
 * `![title](poster)` (video), a `[title](file)` paragraph, `::source` and
 * `::track` lines, the description paragraph, a `:::transcript`.
 * `undefined` (with an error) without a title link or a source.
 */
export function readMedia(
  reader: Reader,
  node: ContainerDirective,
  here: Path,
): Video | Audio | undefined {
  const video = node.name === DIRECTIVE.video;
  checkAttributes(reader, node, video ? VIDEO_ATTRIBUTES : MEDIA_ATTRIBUTES, ":::");
  const a = attributesOf(node);
  let title: string | undefined;
  let linkUrl: string | undefined;
  let poster: string | undefined;
  let posterAlt: string | undefined;
  let description: string | undefined;
  let transcript: string | undefined;
  const sources: MediaSource[] = [];
  const tracks: TextTrack[] = [];
  for (const child of node.children) {
    const link = onlyLink(child);
    if (link !== undefined && title === undefined) {
      title = labelText(reader, link.children, [...here, "title"], `${node.name}'s title`, link);
      linkUrl = link.url;
      continue;
    }
    if (child.type === "paragraph") {
      const [image, ...more] = child.children.filter(
        (c) => !(c.type === "text" && c.value.trim() === ""),
      );
      if (image?.type === "image" && more.length === 0) {
        if (!video || poster !== undefined) {
          note(
            reader,
            "image-dropped",
            video
              ? "A video has one poster: this image was dropped."
              : "An audio clip has no poster: this image was dropped.",
            child,
          );
        } else if (!isHttp(image.url)) {
          fail(reader, "invalid-url", `The poster "${image.url}" is not an http(s) URL.`, image);
        } else {
          poster = image.url;
          posterAlt = image.alt ?? "";
        }
        continue;
      }
      const words = paragraphWords(reader, child, [...here, "description"], "description");
      if (description !== undefined) {
        note(
          reader,
          "description-joined",
          `A ${node.name}'s description is one paragraph: this one was joined to it with a line break.`,
          child,
        );
        description = `${description}\n${words}`;
      } else description = words;
      continue;
    }
    if (child.type === "leafDirective" && child.name === DIRECTIVE.source) {
      const source = readSource(reader, child);
      if (source !== undefined) sources.push(source);
      continue;
    }
    if (child.type === "leafDirective" && child.name === DIRECTIVE.track) {
      const t = readTrack(reader, child, [...here, "tracks", tracks.length]);
      if (t !== undefined) tracks.push(t);
      continue;
    }
    if (child.type === "containerDirective" && child.name === DIRECTIVE.transcript) {
      const words = readTranscript(reader, child, [...here, "transcript"]);
      transcript = transcript === undefined ? words : `${transcript}\n\n${words}`;
      continue;
    }
    note(
      reader,
      "media-content-dropped",
      `A :::${node.name} holds a [title](file) paragraph, ::source and ::track lines, a description and a :::transcript; this ${child.type} was dropped.`,
      child,
    );
  }
  if (title === undefined) {
    fail(
      reader,
      "missing-link",
      `A :::${node.name} has a link titled with its title: [Title](https://…/file).`,
      node,
    );
    return undefined;
  }
  if (sources.length === 0) {
    fail(
      reader,
      "missing-source",
      `A :::${node.name} lists its files: ::source{url=https://… type="${video ? "video/mp4" : "audio/mpeg"}"}.`,
      node,
    );
    return undefined;
  }
  if (linkUrl !== sources[0]!.url) {
    note(
      reader,
      "link-url-ignored",
      `The title link's URL is not the first ::source's: the files are the ::source lines, the link (${JSON.stringify(linkUrl)}) was not kept.`,
      node,
    );
  }
  if (posterAlt !== undefined && posterAlt !== title) {
    note(
      reader,
      "poster-alt-ignored",
      "The poster's alt text is the video's title: this one was not kept.",
      node,
    );
  }
  const out: Video | Audio = video
    ? { type: "video", title, sources }
    : { type: "audio", title, sources };
  if (description === undefined && a.description !== undefined) description = a.description;
  if (description !== undefined) out.description = description;
  if (a.duration !== undefined) out.duration = a.duration;
  if (a.uploadDate !== undefined) out.uploadDate = a.uploadDate;
  if (tracks.length > 0 || a.tracks !== undefined) out.tracks = tracks;
  if (transcript === undefined && a.transcript !== undefined) transcript = a.transcript;
  if (transcript !== undefined) out.transcript = transcript;
  if (out.type === "video") {
    if (poster !== undefined) out.poster = poster;
    if (a.width !== undefined) {
      const n = pixels(reader, node, a.width, "width");
      if (n !== undefined) out.width = n;
    }
    if (a.height !== undefined) {
      const n = pixels(reader, node, a.height, "height");
      if (n !== undefined) out.height = n;
    }
  }
  place(reader, here, node);
  return out;
}
