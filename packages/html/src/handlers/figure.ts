import { type Image, SRCSET_SIZES, srcsetCandidates } from "@newsdoc/core/kit";
import type { HtmlContext, HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";
import { html } from "../html-template.js";

const img = elementSpec("img", [
  "class",
  "src",
  "alt",
  "width",
  "height",
  "srcset",
  "sizes",
  "loading",
  "decoding",
]);
const figureElement = elementSpec("figure", ["class"]);
const figcaption = elementSpec("figcaption", ["class"]);
const small = elementSpec("small", ["class"]);

function dimension(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

const EMPTY = html``;

/**
 * A `<figure>` for an image: `<img>` when its URL is known and safe (with
 * `srcset` from its renditions), and a `<figcaption>` with the caption and
 * a `<small>` credit. Nothing at all when there is neither image nor
 * caption nor credit. The lead image loads eagerly (it is above the fold);
 * others lazily.
 */
export function figureMarkup(image: Image, ctx: HtmlContext, lead: boolean): Html {
  const cls = ctx.state.cls;
  let picture = EMPTY;
  if (image.url !== undefined) {
    const srcset = srcsetCandidates(image);
    picture = img({
      class: cls.image,
      src: image.url,
      alt: image.alt ?? "",
      width: dimension(image.width),
      height: dimension(image.height),
      srcset,
      sizes: srcset.length > 0 ? SRCSET_SIZES : undefined,
      loading: lead ? "eager" : "lazy",
      decoding: "async",
    });
  }
  const caption = image.caption && image.caption.length > 0 ? ctx.children(image.caption) : EMPTY;
  const credit = image.credit?.text
    ? small({ class: cls.credit }, escText(image.credit.text))
    : EMPTY;
  if (picture === "" && caption === "" && credit === "") return EMPTY;
  const figcaptionMarkup =
    caption === "" && credit === ""
      ? EMPTY
      : figcaption(
          { class: cls.caption },
          caption !== "" && credit !== "" ? html`${caption} ${credit}` : [caption, credit],
        );
  return figureElement({ class: lead ? `${cls.figure} ${cls.lead}` : cls.figure }, [
    picture,
    figcaptionMarkup,
  ]);
}

/** A body image: see {@link figureMarkup}. */
export const figure: HtmlHandler<"figure"> = (node, ctx) => figureMarkup(node.image, ctx, false);
