import { EMBED_PROVIDERS, EMBED_SANDBOX, type Embed, embedFrame } from "@newsdoc/core/kit";
import type { HtmlContext, HtmlHandler } from "../context.js";
import { element } from "../element.js";
import { escAttr, escapeText } from "../escape.js";
import type { Html } from "../html.js";

/**
 * The iframe of an allowed provider's embed (`embedFrame` decides), or
 * `undefined`. Written here, not with `element()` (which refuses `iframe`
 * for every other caller): the source is checked, every attribute is a
 * constant, a number or escaped.
 */
function frame(node: Embed, ctx: HtmlContext): Html | undefined {
  const f = embedFrame(node, ctx.state.embedFrames);
  if (f === undefined) return undefined;
  return `<iframe class="${ctx.state.cls.embedFrame}" src="${escAttr(f.src)}" title="${escAttr(node.title)}" width="${f.width}" height="${f.height}" loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen; picture-in-picture"></iframe>` as Html;
}

/**
 * A `<figure class="nd-embed" data-provider>`: by default a link card — the
 * fallback text and a link to the item's page, so the reader's browser makes
 * no request to the third party; with `embeds: { allow: [provider] }`, the
 * provider's `https` embed in a sandboxed, lazily loaded `<iframe>` above
 * the same link. `data-aspect-ratio` keeps the shape for CSS and readers.
 */
export const embed: HtmlHandler<"embed"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const info = node.provider === undefined ? undefined : EMBED_PROVIDERS[node.provider];
  const link = element("a", { class: cls.embedLink, href: node.url }, escapeText(node.title));
  return element(
    "figure",
    {
      class: cls.embed,
      "data-provider": node.provider,
      "data-embed-url": node.embedUrl,
      "data-aspect-ratio":
        node.aspectRatio === undefined
          ? undefined
          : `${node.aspectRatio.width}:${node.aspectRatio.height}`,
    },
    [
      frame(node, ctx),
      node.fallback === undefined
        ? undefined
        : element("p", { class: cls.embedFallback }, escapeText(node.fallback)),
      element("figcaption", { class: cls.caption }, [
        link,
        info === undefined ? undefined : ctx.helpers.html` (${escapeText(info.name)})`,
      ]),
    ],
  );
};
