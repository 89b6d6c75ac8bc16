import type { Audio, Embed, TextTrack, Video } from "@newsdoc/core/kit";
import { joinBlocks } from "../blocks.js";
import { destination } from "../escape.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { type AttributeValue, attributes } from "./attributes.js";
import { containerDirective } from "./container-fence.js";
import { escapeNewsdoc } from "./escape-newsdoc.js";
import { paragraph } from "./handlers.js";
import { DIRECTIVE, LABEL_LIMIT } from "./syntax.js";

// A paragraph reads back as its words only when they are not blank (a
// blank paragraph is no paragraph).
const HAS_WORDS = /\S/;

/** Plain words on one line, for link text, alt text and labels. */
function lineWords(value: string, ctx: MarkdownContext): Markdown {
  return ctx.helpers.finishLines(escapeNewsdoc(value, "linkText"), "line");
}

/** `[words](url)`: a plain reader's link; newsdoc reads the words as the title. */
function titleLink(title: string, url: string, ctx: MarkdownContext): Markdown {
  return trusted(`[${lineWords(title, ctx)}](${destination(url)})`);
}

/** A paragraph of plain words, or `undefined` when a paragraph cannot carry them. */
function wordsParagraph(value: string, ctx: MarkdownContext): Markdown | undefined {
  return HAS_WORDS.test(value)
    ? paragraph({ type: "paragraph", children: [value] }, ctx)
    : undefined;
}

/**
 * `:::embed{provider=… embedUrl=… aspectRatio=16:9}`, a `[title](url)`
 * paragraph (what a plain CommonMark viewer shows: a link to the item's
 * page), then the fallback text as a paragraph.
 */
export function embed(node: Embed, ctx: MarkdownContext): Markdown {
  const fallback = node.fallback === undefined ? undefined : wordsParagraph(node.fallback, ctx);
  const attrs = attributes(undefined, {
    provider: node.provider,
    embedUrl: node.embedUrl,
    aspectRatio:
      node.aspectRatio === undefined
        ? undefined
        : `${node.aspectRatio.width}:${node.aspectRatio.height}`,
    fallback: fallback === undefined ? node.fallback : undefined,
  });
  return containerDirective(
    DIRECTIVE.embed,
    attrs,
    joinBlocks([titleLink(node.title, node.url, ctx), fallback ?? trusted("")]),
  );
}

/** `::track[label]{url=… kind=… language=… default=true}`; a label too long for `[ ]` is `label=`. */
function track(t: TextTrack, ctx: MarkdownContext): Markdown {
  const words = lineWords(t.label, ctx);
  const long = words.length > LABEL_LIMIT;
  const attrs = attributes(undefined, {
    url: t.url,
    kind: t.kind,
    language: t.language,
    default: t.default,
    label: long ? t.label : undefined,
  });
  return trusted(long ? `::${DIRECTIVE.track}${attrs}` : `::${DIRECTIVE.track}[${words}]${attrs}`);
}

/** The transcript's paragraphs in a `:::transcript`, or `undefined` when paragraphs cannot carry it. */
function transcriptBlock(text: string, ctx: MarkdownContext): Markdown | undefined {
  const parts = text.split("\n\n");
  const paragraphs: Markdown[] = [];
  for (const part of parts) {
    const p = wordsParagraph(part, ctx);
    if (p === undefined) return undefined;
    paragraphs.push(p);
  }
  return containerDirective(DIRECTIVE.transcript, trusted(""), joinBlocks(paragraphs));
}

/**
 * `:::video{…}` / `:::audio{…}`: the poster as `![title](poster)` and a
 * `[title](first file)` paragraph (what a plain viewer shows), a
 * `::source{url=… type=…}` per file, a `::track[label]{…}` per text track,
 * the description as a paragraph, and the transcript as a `:::transcript`
 * of its paragraphs. The container's attributes hold the rest (width,
 * height, duration, uploadDate); text that paragraphs cannot carry goes
 * into an attribute of the same name.
 */
export function media(node: Video | Audio, ctx: MarkdownContext): Markdown {
  const parts: Markdown[] = [];
  const values: Record<string, AttributeValue> = {};
  if (node.type === "video") {
    if (node.poster !== undefined) {
      parts.push(trusted(`![${lineWords(node.title, ctx)}](${destination(node.poster)})`));
    }
    values.width = node.width;
    values.height = node.height;
  }
  values.duration = node.duration;
  values.uploadDate = node.uploadDate;
  parts.push(titleLink(node.title, node.sources[0]!.url, ctx));
  for (const source of node.sources) {
    parts.push(
      trusted(
        `::${DIRECTIVE.source}${attributes(undefined, { url: source.url, type: source.mimeType })}`,
      ),
    );
  }
  if (node.tracks !== undefined && node.tracks.length === 0) values.tracks = "";
  for (const t of node.tracks ?? []) parts.push(track(t, ctx));
  if (node.description !== undefined) {
    const p = wordsParagraph(node.description, ctx);
    if (p === undefined) values.description = node.description;
    else parts.push(p);
  }
  if (node.transcript !== undefined) {
    const block = transcriptBlock(node.transcript, ctx);
    if (block === undefined) values.transcript = node.transcript;
    else parts.push(block);
  }
  return containerDirective(
    node.type === "video" ? DIRECTIVE.video : DIRECTIVE.audio,
    attributes(undefined, values),
    joinBlocks(parts),
  );
}

/** A video: see {@link media}. */
export function video(node: Video, ctx: MarkdownContext): Markdown {
  return media(node, ctx);
}

/** An audio clip: see {@link media}. */
export function audio(node: Audio, ctx: MarkdownContext): Markdown {
  return media(node, ctx);
}
