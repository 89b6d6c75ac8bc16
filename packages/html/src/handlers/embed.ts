import { EMBED_PROVIDERS, EMBED_SANDBOX, type Embed, embedFrame } from "@newsdoc/core/kit";
import type { HtmlContext, HtmlHandler } from "../context.js";
import { joinContent } from "../element.js";
import { escapeText } from "../escape.js";
import type { Html } from "../html.js";
import { compileTag, tag } from "../tag.js";

// Built with the package's own option: `tag()` refuses `iframe` for every
// other caller. The source is the checked `embedFrame` URL, every other
// attribute a constant, a number or escaped.
const iframe = compileTag(
  "iframe",
  ["class", "src", "title", "width", "height", "loading", "sandbox", "referrerpolicy", "allow"],
  { refusedElement: true },
);
const figure = tag("figure", ["class", "data-provider", "data-embed-url", "data-aspect-ratio"]);
const link = tag("a", ["class", "href"]);
const fallback = tag("p", ["class"]);
const figcaption = tag("figcaption", ["class"]);
const OPEN = escapeText(" (");
const CLOSE = escapeText(")");

/** The iframe of an allowed provider's embed (`embedFrame` decides), or `undefined`. */
function frame(node: Embed, ctx: HtmlContext): Html | undefined {
  const f = embedFrame(node, ctx.state.embedFrames);
  if (f === undefined) return undefined;
  return iframe(
    ctx.state.cls.embedFrame,
    f.src,
    node.title,
    f.width,
    f.height,
    "lazy",
    EMBED_SANDBOX,
    "strict-origin-when-cross-origin",
    "fullscreen; picture-in-picture",
    undefined,
  );
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
  return figure(
    cls.embed,
    node.provider,
    node.embedUrl,
    node.aspectRatio === undefined
      ? undefined
      : `${node.aspectRatio.width}:${node.aspectRatio.height}`,
    [
      frame(node, ctx),
      node.fallback === undefined
        ? undefined
        : fallback(cls.embedFallback, escapeText(node.fallback)),
      figcaption(cls.caption, [
        link(cls.embedLink, node.url, escapeText(node.title)),
        info === undefined ? undefined : joinContent([OPEN, escapeText(info.name), CLOSE]),
      ]),
    ],
  );
};
