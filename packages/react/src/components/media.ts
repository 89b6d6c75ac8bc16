import {
  type Audio as AudioNode,
  formatDuration,
  safeUrl,
  type Video as VideoNode,
} from "@newsdoc/core/kit";
import { createElement, Fragment, type ReactNode } from "react";
import type { ArticleRender, NodeComponent } from "../context.js";

function transcript(text: string, render: ArticleRender): ReactNode {
  return createElement(
    "details",
    { className: render.classNames.transcript },
    createElement("summary", null, render.labels.transcript),
    ...text
      .split("\n\n")
      .map((paragraph, p) =>
        createElement(
          "p",
          { key: p },
          ...paragraph
            .split("\n")
            .flatMap((line, i) =>
              i === 0 ? [line] : [createElement("br", { key: `br${i}` }), line],
            ),
        ),
      ),
  );
}

/**
 * The `<figure>` of a video or audio, as `@newsdoc/html` writes it: the
 * player with `controls`, a `<source>` per file and a `<track>` per text
 * track (URLs through `safeUrl`), a link to the first file inside it, the
 * transcript in a `<details>`, and a `<figcaption>` with title, duration
 * and description.
 */
function MediaFigure({
  node,
  render,
}: {
  node: VideoNode | AudioNode;
  render: ArticleRender;
}): ReactNode {
  const cls = render.classNames;
  const video = node.type === "video";
  const first = node.sources[0] === undefined ? undefined : safeUrl(node.sources[0].url);
  const player = createElement(
    node.type,
    {
      controls: true,
      preload: "metadata",
      poster: video && node.poster !== undefined ? safeUrl(node.poster) : undefined,
      width: video ? node.width : undefined,
      height: video ? node.height : undefined,
      "aria-label": node.title,
    },
    ...node.sources.map((source, i) =>
      createElement("source", { key: `s${i}`, src: safeUrl(source.url), type: source.mimeType }),
    ),
    ...(node.tracks ?? []).map((track, i) =>
      createElement("track", {
        key: `t${i}`,
        src: safeUrl(track.url),
        kind: track.kind,
        srcLang: track.language,
        label: track.label,
        default: track.default === true ? true : undefined,
      }),
    ),
    first === undefined
      ? createElement(Fragment, { key: "a" }, node.title)
      : createElement("a", { key: "a", href: first }, node.title),
  );
  const caption = createElement(
    "figcaption",
    { className: cls.caption },
    createElement("span", { className: cls.mediaTitle }, node.title),
    node.duration === undefined ? null : " ",
    node.duration === undefined
      ? null
      : createElement(
          "time",
          { dateTime: node.duration },
          formatDuration(node.duration) ?? node.duration,
        ),
    node.description === undefined ? null : " ",
    node.description === undefined ? null : createElement("span", null, node.description),
  );
  return createElement(
    "figure",
    { className: video ? cls.video : cls.audio, "data-upload-date": node.uploadDate },
    player,
    node.transcript === undefined ? null : transcript(node.transcript, render),
    caption,
  );
}

/** `<figure class="nd-video">` with `<video controls>`: see the HTML renderer's. */
export const Video: NodeComponent<"video"> = ({ node, context }) =>
  createElement(MediaFigure, { node, render: context.render });

/** `<figure class="nd-audio">` with `<audio controls>`: see the HTML renderer's. */
export const Audio: NodeComponent<"audio"> = ({ node, context }) =>
  createElement(MediaFigure, { node, render: context.render });
