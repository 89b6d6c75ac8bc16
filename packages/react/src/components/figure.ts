import {
  type Image,
  type Inline,
  SRCSET_SIZES,
  safeUrl,
  srcsetCandidates,
  srcsetValue,
} from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import type { ArticleRender, NodeComponent } from "../context.js";

const dimension = (value: number | undefined): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;

/**
 * Whether the built-in components render these inline nodes to nothing
 * at all: empty text, and links refused by `safeUrl` around such content.
 * (`@newsdoc/html` leaves out a figcaption whose caption renders empty.)
 */
export function rendersEmpty(nodes: readonly Inline[]): boolean {
  for (const node of nodes) {
    if (typeof node === "string") {
      if (node !== "") return false;
    } else if (node.type !== "link" || safeUrl(node.url) !== undefined) return false;
    else if (!rendersEmpty(node.children)) return false;
  }
  return true;
}

/** Props of {@link ImageFigure}. */
export interface ImageFigureProps {
  readonly image: Image;
  /** The lead image (`nd-lead`, loads eagerly) or one in the body (loads lazily). */
  readonly lead: boolean;
  readonly render: ArticleRender;
  /** The caption, rendered; omit to render `image.caption` with the render's components. */
  readonly caption?: ReactNode;
}

/**
 * A `<figure>` for an image: `<img>` when its URL is known and safe, and a
 * `<figcaption>` with the caption and a `<small>` credit. Nothing at all
 * when there is neither image nor caption nor credit. The lead image loads
 * eagerly (it is above the fold); others lazily.
 *
 * @example
 * ```tsx
 * <ImageFigure image={article.image} lead render={context.render} />
 * ```
 */
export function ImageFigure({ image, lead, render, caption }: ImageFigureProps): ReactNode {
  const cls = render.classNames;
  const src = image.url === undefined ? undefined : safeUrl(image.url);
  const srcSet = src === undefined ? undefined : srcsetValue(srcsetCandidates(image));
  const img =
    src === undefined
      ? null
      : createElement("img", {
          className: cls.image,
          src,
          alt: image.alt ?? "",
          width: dimension(image.width),
          height: dimension(image.height),
          srcSet,
          sizes: srcSet === undefined ? undefined : SRCSET_SIZES,
          loading: lead ? "eager" : "lazy",
          decoding: "async",
        });
  const hasCaption = image.caption !== undefined && !rendersEmpty(image.caption);
  const credit = image.credit?.text
    ? createElement("small", { className: cls.credit }, image.credit.text)
    : null;
  if (img === null && !hasCaption && credit === null) return null;
  const shown = hasCaption
    ? caption === undefined
      ? render.nodes(image.caption ?? [], render.article)
      : caption
    : null;
  const figcaption =
    !hasCaption && credit === null
      ? null
      : createElement(
          "figcaption",
          { className: cls.caption },
          shown,
          hasCaption && credit !== null ? " " : null,
          credit,
        );
  return createElement(
    "figure",
    { className: lead ? `${cls.figure} ${cls.lead}` : cls.figure },
    img,
    figcaption,
  );
}

/** A body image: see {@link ImageFigure}. Its `children` are the rendered caption. */
export const Figure: NodeComponent<"figure"> = ({ node, children, context }) =>
  createElement(ImageFigure, {
    image: node.image,
    lead: false,
    render: context.render,
    caption: children,
  });
