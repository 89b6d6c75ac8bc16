import { type Image, SRCSET_SIZES } from "@newsdoc/core/kit";
import type { HtmlContext, HtmlHandler } from "../context.js";
import { escapeText, escText } from "../escape.js";
import type { Html } from "../html.js";
import { imageFile, srcsetOf } from "../publishing.js";
import { compileTag, tag } from "../tag.js";

const figureTag = tag("figure", ["class"]);
const img = compileTag(
  "img",
  ["class", "src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding"],
  { srcset: true },
);
const figcaption = tag("figcaption", ["class"]);
const small = tag("small", ["class"]);
const SPACE = escapeText(" ");
const NOTHING = escapeText("");

// As text, so that the element stays on the builder's fast path.
function dimension(value: number | undefined): string | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0
    ? String(value)
    : undefined;
}

/**
 * A `<figure>` for an image: `<img>` when its URL is known and safe (or,
 * for an image known only by its renditions, its largest rendition, with
 * the others in `srcset`), and a
 * `<figcaption>` with the caption and a `<small>` credit. Nothing at all
 * when there is neither image nor caption nor credit. The lead image loads
 * eagerly (it is above the fold); others lazily.
 */
export function figureMarkup(image: Image, ctx: HtmlContext, lead: boolean): Html {
  const cls = ctx.state.cls;
  const file = imageFile(image);
  const srcset = srcsetOf(image);
  const picture =
    file === undefined
      ? undefined
      : img(
          cls.image,
          file.url,
          image.alt ?? "",
          dimension(file.width),
          dimension(file.height),
          srcset,
          srcset === undefined ? undefined : SRCSET_SIZES,
          lead ? "eager" : "lazy",
          "async",
        );
  const caption =
    image.caption && image.caption.length > 0 ? ctx.children(image.caption) : undefined;
  const credit = image.credit?.text ? small(cls.credit, escText(image.credit.text)) : undefined;
  if (picture === undefined && !caption && credit === undefined) return NOTHING;
  const figcaptionMarkup =
    !caption && credit === undefined
      ? undefined
      : figcaption(cls.caption, [
          caption,
          caption && credit !== undefined ? SPACE : undefined,
          credit,
        ]);
  return figureTag(lead ? `${cls.figure} ${cls.lead}` : cls.figure, [picture, figcaptionMarkup]);
}

/** A body image: see {@link figureMarkup}. */
export const figure: HtmlHandler<"figure"> = (node, ctx) => figureMarkup(node.image, ctx, false);
