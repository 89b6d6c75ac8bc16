import { EMBED_PROVIDERS, EMBED_SANDBOX, embedFrame, safeUrl } from "@newsdoc/core/kit";
import { createElement, Fragment } from "react";
import type { NodeComponent } from "../context.js";

/**
 * `<figure class="nd-embed" data-provider>`: a link card by default (the
 * fallback text and a link to the item's page; nothing loads from the third
 * party), or, for a provider in `options.embeds.allow`, its `https` embed in
 * a sandboxed, lazily loaded `<iframe>` with a title (the kit's
 * `embedFrame` decides, as for `@newsdoc/html`).
 */
export const Embed: NodeComponent<"embed"> = ({ node, context }) => {
  const render = context.render;
  const cls = render.classNames;
  const frame = embedFrame(node, render.embedFrames);
  const info = node.provider === undefined ? undefined : EMBED_PROVIDERS[node.provider];
  const href = safeUrl(node.url);
  const link =
    href === undefined
      ? createElement(Fragment, null, node.title)
      : createElement("a", { className: cls.embedLink, href }, node.title);
  return createElement(
    "figure",
    {
      className: cls.embed,
      "data-provider": node.provider,
      "data-embed-url": node.embedUrl,
      "data-aspect-ratio":
        node.aspectRatio === undefined
          ? undefined
          : `${node.aspectRatio.width}:${node.aspectRatio.height}`,
    },
    frame === undefined
      ? null
      : createElement("iframe", {
          className: cls.embedFrame,
          src: frame.src,
          title: node.title,
          width: frame.width,
          height: frame.height,
          loading: "lazy",
          sandbox: EMBED_SANDBOX,
          referrerPolicy: "strict-origin-when-cross-origin",
          allow: "fullscreen; picture-in-picture",
        }),
    node.fallback === undefined
      ? null
      : createElement("p", { className: cls.embedFallback }, node.fallback),
    createElement(
      "figcaption",
      { className: cls.caption },
      link,
      info === undefined ? null : ` (${info.name})`,
    ),
  );
};
