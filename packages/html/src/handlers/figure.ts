import type { Image } from "@newsdoc/core/kit";
import type { HtmlContext, HtmlHandler } from "../context.js";
import { escAttr, escText } from "../escape.js";
import type { Html } from "../html.js";
import { imageFile, srcsetAttributes } from "../publishing.js";

function dimension(name: string, value: number | undefined): string {
  return typeof value === "number" && Number.isInteger(value) && value > 0
    ? ` ${name}="${value}"`
    : "";
}

/**
 * A `<figure>` for an image: `<img>` when its URL is known and safe (or,
 * for an image known only by its renditions, its largest rendition, with
 * the others in `srcset`), and a
 * `<figcaption>` with the caption and a `<small>` credit. Nothing at all
 * when there is neither image nor caption nor credit. The lead image loads
 * eagerly (it is above the fold); others lazily.
 */
export function figureMarkup(image: Image, ctx: HtmlContext, lead: boolean): string {
  const cls = ctx.state.cls;
  const file = imageFile(image);
  const img =
    file === undefined
      ? ""
      : `<img class="${cls.image}" src="${escAttr(file.url)}" alt="${escAttr(image.alt ?? "")}"${dimension("width", file.width)}${dimension("height", file.height)}${srcsetAttributes(image)} loading="${lead ? "eager" : "lazy"}" decoding="async">`;
  const caption = image.caption && image.caption.length > 0 ? ctx.children(image.caption) : "";
  const credit = image.credit?.text
    ? `<small class="${cls.credit}">${escText(image.credit.text)}</small>`
    : "";
  if (img === "" && caption === "" && credit === "") return "";
  const figcaption =
    caption === "" && credit === ""
      ? ""
      : `<figcaption class="${cls.caption}">${caption}${caption !== "" && credit !== "" ? " " : ""}${credit}</figcaption>`;
  const className = lead ? `${cls.figure} ${cls.lead}` : cls.figure;
  return `<figure class="${className}">${img}${figcaption}</figure>`;
}

/** A body image: see {@link figureMarkup}. */
export const figure: HtmlHandler<"figure"> = (node, ctx) =>
  figureMarkup(node.image, ctx, false) as Html;
