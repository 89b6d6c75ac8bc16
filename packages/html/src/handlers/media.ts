import { type Audio, formatDuration, type Video } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import type { HtmlContent } from "../element.js";
import { escapeText } from "../escape.js";
import type { Html } from "../html.js";
import { tag } from "../tag.js";

const PLAYER_ATTRIBUTES = [
  "controls",
  "preload",
  "poster",
  "width",
  "height",
  "aria-label",
] as const;
const players = {
  video: tag("video", PLAYER_ATTRIBUTES),
  audio: tag("audio", PLAYER_ATTRIBUTES),
};
const source = tag("source", ["src", "type"]);
const track = tag("track", ["src", "kind", "srclang", "label", "default"]);
const a = tag("a", ["href"]);
const figure = tag("figure", ["class", "data-upload-date"]);
const figcaption = tag("figcaption", ["class"]);
const spanClass = tag("span", ["class"]);
const span = tag("span");
const time = tag("time", ["datetime"]);
const details = tag("details", ["class"]);
const summary = tag("summary");
const p = tag("p");
const br = tag("br");
const SPACE = escapeText(" ");

/** A transcript's paragraphs: split at blank lines, each line break a `<br>`. */
function transcriptParagraphs(text: string): Html[] {
  return text
    .split("\n\n")
    .map((paragraph) =>
      p(paragraph.split("\n").map((line, i) => [i > 0 ? br() : undefined, escapeText(line)])),
    );
}

/**
 * The `<figure>` of a video or audio: the player (`<video>`/`<audio>` with
 * `controls`, a `<source>` per file, a `<track>` per text track, and a link
 * to the first file for browsers that cannot play it), a `<figcaption>` with
 * the transcript in a `<details>`, and a `<figcaption>` with the title, duration and description (last: a figcaption is the first or last child).
 * `data-upload-date` carries the upload date for scripts (and `fromHtml`).
 */
export function mediaFigure(node: Video | Audio, ctx: HtmlContext): Html {
  const cls = ctx.state.cls;
  const video = node.type === "video";
  const children: HtmlContent[] = [];
  for (const s of node.sources) children.push(source(s.url, s.mimeType));
  for (const t of node.tracks ?? []) {
    children.push(track(t.url, t.kind, t.language, t.label, t.default === true));
  }
  children.push(a(node.sources[0]?.url, escapeText(node.title)));
  const player = players[node.type](
    true,
    "metadata",
    video ? node.poster : undefined,
    video ? node.width : undefined,
    video ? node.height : undefined,
    node.title,
    children,
  );
  const duration = node.duration === undefined ? undefined : formatDuration(node.duration);
  const caption = figcaption(cls.caption, [
    spanClass(cls.mediaTitle, escapeText(node.title)),
    node.duration === undefined
      ? undefined
      : [SPACE, time(node.duration, escapeText(duration ?? node.duration))],
    node.description === undefined ? undefined : [SPACE, span(escapeText(node.description))],
  ]);
  const transcript =
    node.transcript === undefined
      ? undefined
      : details(cls.transcript, [
          summary(escapeText(ctx.state.labels.transcript)),
          transcriptParagraphs(node.transcript),
        ]);
  return figure(video ? cls.video : cls.audio, node.uploadDate, [player, transcript, caption]);
}
