import type { Block, Credit, Figure, Image, Inline } from "@newsdoc/core";
import {
  at,
  type ImportContext,
  reportAttributes,
  reportElement,
  reportText,
  urlAttribute,
} from "./context.js";
import { attr, classes, type Element, findElement, isElement, isText } from "./dom.js";
import { EMBEDS } from "./elements.js";
import { embeddedFigure } from "./embedded.js";
import { finishInline, isBlankInline } from "./finish-inline.js";
import { blockquoteBlock, flowBlocks } from "./flow.js";
import { inlinePieces } from "./inline.js";
import { cleanText, isNonBlank, shortValue } from "./sanitize.js";
import { isTrackingPixel } from "./visibility.js";

const CREDIT_CLASS = /credit|copyright|photographer|byline/i;

function pixels(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The image an `<img>` (or the `<img>` in a `<picture>`) shows; `undefined` for a tracking pixel (reported). */
export function imageOf(element: Element, ctx: ImportContext): Image | undefined {
  let img = element;
  if (element.tagName === "picture") {
    const inner = findElement(element, (e) => e.tagName === "img");
    for (const child of element.childNodes) {
      if (isElement(child) && child.tagName === "source") {
        reportElement(
          ctx,
          "dropped",
          "not-kept",
          child,
          "<source> of a <picture> dropped: the image keeps its <img> only.",
        );
      }
    }
    reportAttributes(ctx, element);
    const fallback = reportText(element);
    if (fallback !== undefined) {
      ctx.report.push({
        kind: "dropped",
        reason: "media",
        message: "Text inside a <picture> (not shown by browsers that show the image) dropped.",
        text: fallback,
        ...at(element),
      });
    }
    if (inner === undefined) return undefined;
    img = inner;
  }
  // newsdoc's own markup has no tracking pixels: a tiny figure there is a figure.
  if (!ctx.preserve && isTrackingPixel(img)) {
    ctx.report.push({
      kind: "dropped",
      reason: "tracking-pixel",
      message: "An image of 1×1 pixel or less dropped: a tracking pixel, not a picture.",
      ...(attr(img, "src") === undefined ? {} : { value: attr(img, "src")! }),
      element: "img",
    });
    return undefined;
  }
  const image: Image = {};
  // Lazy-loading pages keep the real file in data-src and a placeholder in src.
  const lazy = attr(img, "data-src") !== undefined && !/^https?:/i.test(attr(img, "src") ?? "");
  const url = urlAttribute(ctx, img, lazy ? "data-src" : "src", "http");
  if (url !== undefined) image.url = url;
  const alt = attr(img, "alt");
  if (alt !== undefined && alt !== "") image.alt = cleanText(alt);
  const width = pixels(attr(img, "width"));
  const height = pixels(attr(img, "height"));
  if (width !== undefined) image.width = width;
  if (height !== undefined) image.height = height;
  const srcset = attr(img, "srcset");
  const renditionsKnown = srcset !== undefined && srcsetKnown(srcset, image.url, ctx);
  if (srcset !== undefined && !renditionsKnown) {
    ctx.report.push({
      kind: "attribute",
      reason: "renditions",
      message:
        "srcset gives the image's renditions with widths but no heights, and a rendition needs both: not kept (the page's JSON-LD image list, when it has them, is read instead).",
      value: shortValue(srcset),
      attribute: "srcset",
      ...at(img, "srcset"),
    });
  }
  reportAttributes(ctx, img, [
    lazy ? "data-src" : "src",
    "alt",
    ...(width === undefined ? [] : ["width"]),
    ...(height === undefined ? [] : ["height"]),
    "loading",
    "decoding",
    // sizes is layout for srcset; srcset is read above.
    ...(srcset === undefined ? [] : ["srcset", "sizes"]),
  ]);
  return image;
}

/** Whether every `srcset` candidate is the image itself or a rendition the JSON-LD gives with its size. */
function srcsetKnown(srcset: string, src: string | undefined, ctx: ImportContext): boolean {
  const urls = srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
  return urls.length > 0 && urls.every((url) => url === src || ctx.renditionUrls.has(url));
}

/** A standalone `<img>` or `<picture>` as a figure (none for a tracking pixel). */
export function imageFigure(element: Element, ctx: ImportContext): Block[] {
  const image = imageOf(element, ctx);
  return image === undefined ? [] : [{ type: "figure", image }];
}

function isCredit(element: Element, ctx: ImportContext): boolean {
  const cls = classes(element);
  if (cls.includes(`${ctx.prefix}credit`)) return true;
  return cls.some((c) => CREDIT_CLASS.test(c));
}

/** Caption and credit of a `<figcaption>`: the credit is the element marked as one (`nd-credit`, a class with "credit"…). */
function captionOf(figcaption: Element, ctx: ImportContext): Pick<Image, "caption" | "credit"> {
  const creditElement = figcaption.childNodes.find(
    (c): c is Element => isElement(c) && isCredit(c, ctx),
  );
  const captionNodes = figcaption.childNodes.filter((c) => c !== creditElement);
  reportAttributes(ctx, figcaption);
  const pieces = inlinePieces(captionNodes, ctx, { container: "caption", inLink: false, marks: 0 });
  if (creditElement !== undefined && ctx.preserve) {
    // newsdoc writes one space between the caption and the credit.
    const last = pieces[pieces.length - 1];
    if (typeof last === "string" && last.endsWith(" ")) {
      if (last === " ") pieces.pop();
      else pieces[pieces.length - 1] = last.slice(0, -1);
    }
  }
  let caption: Inline[] | undefined = finishInline(pieces, ctx);
  if (isBlankInline(caption) && !(ctx.preserve && caption.length > 0)) caption = undefined;
  const out: Pick<Image, "caption" | "credit"> = {};
  if (caption !== undefined) out.caption = caption;
  if (creditElement !== undefined) {
    reportAttributes(ctx, creditElement);
    const raw = cleanText(textOf(creditElement));
    const text = ctx.preserve ? raw : raw.replace(/[ \t\n\f\r]+/g, " ").trim();
    if (isNonBlank(text)) out.credit = { text } satisfies Credit;
  }
  return out;
}

function textOf(element: Element): string {
  let s = "";
  for (const c of element.childNodes) {
    if (isText(c)) s += c.value;
    else if (isElement(c)) s += textOf(c);
  }
  return s;
}

/**
 * A `<figure>`: an image with its caption and credit; newsdoc's quotation
 * figure (a blockquote with its attribution); an embed (reported); any
 * other figure is unwrapped.
 */
export function figureFromElement(element: Element, ctx: ImportContext): Block[] {
  const out: Block[] = [];
  const kids = element.childNodes.filter(isElement);
  const figcaption = kids.find((k) => k.tagName === "figcaption");
  const quote = kids.find((k) => k.tagName === "blockquote");
  const cls = classes(element);
  const img = findElement(
    element,
    (e) =>
      (e.tagName === "img" || e.tagName === "picture") &&
      !isInside(e, figcaption) &&
      !isInside(e, quote),
  );
  if (quote !== undefined && img === undefined) {
    // newsdoc's quotation: the attribution names the speaker with data-entity.
    const newsdoc = cls.includes(`${ctx.prefix}quotation`);
    const attribution =
      figcaption !== undefined && classes(figcaption).includes(`${ctx.prefix}attribution`)
        ? figcaption
        : undefined;
    const speaker =
      attribution === undefined
        ? undefined
        : findElement(attribution, (e) => attr(e, "data-entity") !== undefined);
    reportAttributes(ctx, element);
    for (const kid of element.childNodes) {
      if (kid === quote)
        blockquoteBlock(
          quote,
          ctx,
          out,
          speaker === undefined ? undefined : attr(speaker, "data-entity"),
        );
      else if (kid === attribution && newsdoc) {
        // Generated from the quote's speaker and channel: listed, with its words, not read back.
        reportElement(
          ctx,
          "dropped",
          "generated",
          kid,
          "newsdoc's attribution line is generated from the quote's speaker and channel: not read back.",
          true,
        );
      } else flowBlocks([kid], ctx, out);
    }
    if (!newsdoc)
      reportElement(
        ctx,
        "unwrapped",
        "wrapper",
        element,
        "<figure> around a block quotation unwrapped; its caption is kept as a paragraph.",
      );
    return out;
  }
  const embed = findElement(element, (e) => EMBEDS.has(e.tagName) && !isInside(e, quote));
  if (img === undefined && embed === undefined && figcaption !== undefined) {
    // A figure whose file is unknown: its caption and credit (newsdoc writes these).
    reportAttributes(ctx, element);
    const rest: Block[] = [];
    for (const kid of element.childNodes) if (kid !== figcaption) flowBlocks([kid], ctx, rest);
    const captioned = captionOf(figcaption, ctx);
    if (captioned.caption !== undefined || captioned.credit !== undefined) {
      out.push({ type: "figure", image: captioned });
    }
    out.push(...rest);
    return out;
  }
  if (img === undefined && embed !== undefined) {
    const blocks = embeddedFigure(element, embed, figcaption, ctx);
    if (blocks !== undefined) return blocks;
  }
  if (img === undefined) {
    if (embed === undefined) {
      reportElement(
        ctx,
        "unwrapped",
        "wrapper",
        element,
        "<figure> without an image unwrapped; its content is kept.",
      );
    }
    reportAttributes(ctx, element);
    flowBlocks(element.childNodes, ctx, out);
    return out;
  }
  reportAttributes(ctx, element);
  const image = imageOf(img, ctx);
  // Whatever else the figure holds (a link around the image, a paragraph) keeps its text after it.
  let wrapper = img.parentNode;
  while (wrapper && wrapper !== element && isElement(wrapper)) {
    reportElement(
      ctx,
      "unwrapped",
      wrapper.tagName === "a" ? "not-kept" : "wrapper",
      wrapper,
      `<${wrapper.tagName}> around a figure's image unwrapped${wrapper.tagName === "a" ? " (the model has no linked images)" : ""}.`,
    );
    reportAttributes(ctx, wrapper, ["class"]);
    wrapper = wrapper.parentNode;
  }
  const rest: Block[] = [];
  for (const kid of element.childNodes) {
    if (kid === figcaption || containsNode(kid, img)) continue;
    flowBlocks([kid], ctx, rest);
  }
  const captioned = figcaption === undefined ? {} : captionOf(figcaption, ctx);
  if (image !== undefined) {
    const figure: Figure = { type: "figure", image: { ...image, ...captioned } };
    out.push(figure);
  } else if (captioned.caption !== undefined) {
    out.push({ type: "paragraph", children: captioned.caption });
  }
  out.push(...rest);
  return out;
}

function isInside(node: Element, ancestor: Element | undefined): boolean {
  if (ancestor === undefined) return false;
  let p = node.parentNode;
  while (p) {
    if (p === ancestor) return true;
    p = isElement(p) ? p.parentNode : null;
  }
  return false;
}

function containsNode(root: unknown, target: Element): boolean {
  if (root === target) return true;
  return isElement(root as Element) && isInside(target, root as Element);
}
