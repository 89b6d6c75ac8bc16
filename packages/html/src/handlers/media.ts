import { type Audio, formatDuration, type Video } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { element, type HtmlContent } from "../element.js";
import { escapeText } from "../escape.js";
import type { Html } from "../html.js";

/** A transcript's paragraphs: split at blank lines, each line break a `<br>`. */
function transcriptParagraphs(text: string): Html[] {
  return text.split("\n\n").map((paragraph) =>
    element(
      "p",
      null,
      paragraph.split("\n").map((line, i) => [i > 0 ? element("br") : undefined, escapeText(line)]),
    ),
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
  for (const source of node.sources)
    children.push(element("source", { src: source.url, type: source.mimeType }));
  for (const track of node.tracks ?? []) {
    children.push(
      element("track", {
        src: track.url,
        kind: track.kind,
        srclang: track.language,
        label: track.label,
        default: track.default === true,
      }),
    );
  }
  children.push(element("a", { href: node.sources[0]?.url }, escapeText(node.title)));
  const player = element(
    node.type,
    {
      controls: true,
      preload: "metadata",
      poster: video ? node.poster : undefined,
      width: video ? node.width : undefined,
      height: video ? node.height : undefined,
      "aria-label": node.title,
    },
    children,
  );
  const duration = node.duration === undefined ? undefined : formatDuration(node.duration);
  const caption = element("figcaption", { class: cls.caption }, [
    element("span", { class: cls.mediaTitle }, escapeText(node.title)),
    node.duration === undefined
      ? undefined
      : [
          ctx.helpers.html` `,
          element("time", { datetime: node.duration }, escapeText(duration ?? node.duration)),
        ],
    node.description === undefined
      ? undefined
      : [ctx.helpers.html` `, element("span", null, escapeText(node.description))],
  ]);
  const transcript =
    node.transcript === undefined
      ? undefined
      : element("details", { class: cls.transcript }, [
          element("summary", null, escapeText(ctx.state.labels.transcript)),
          transcriptParagraphs(node.transcript),
        ]);
  return element(
    "figure",
    { class: video ? cls.video : cls.audio, "data-upload-date": node.uploadDate },
    [player, transcript, caption],
  );
}
