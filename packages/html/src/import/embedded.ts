import type { Block, Embed } from "@newsdoc/core";
import { type ImportContext, reportAttributes, reportElement, reportText } from "./context.js";
import { attr, type Element, isElement, isText } from "./dom.js";
import { frameEmbed } from "./embed.js";
import { reportEmbed } from "./inline.js";
import { mediaElement } from "./media.js";

/**
 * Embedded content as a block: an `<iframe>`, `<embed>` or `<object>` is
 * an embed (of the provider its URL is on), a `<video>` or `<audio>` a
 * video or audio node. `caption` is the text of the `<figcaption>` beside
 * it, which titles it when it has no title of its own. `undefined` when
 * the model cannot hold it (reported).
 */
export function embeddedBlock(
  element: Element,
  ctx: ImportContext,
  caption?: string,
): Block | undefined {
  const tag = element.tagName;
  let block: Block | undefined;
  if (tag === "video" || tag === "audio") {
    block = mediaElement(element, ctx, caption === undefined ? {} : { title: caption });
  } else if (tag === "iframe" || tag === "embed" || tag === "object") {
    block = frameEmbed(element, ctx, caption);
    if (block === undefined) reportEmbed(ctx, element);
  } else reportEmbed(ctx, element);
  return block;
}

function hasOwnTitle(element: Element): boolean {
  return [attr(element, "title"), attr(element, "aria-label")].some(
    (v) => v !== undefined && /\S/.test(v),
  );
}

/**
 * A `<figure>` around one embedded element (a YouTube iframe, a video):
 * the element as a block, titled by the figure's caption when it has no
 * title of its own, else with the caption as the video's description or
 * the embed's fallback text. `undefined` when the figure holds more than
 * that (read as any figure).
 */
export function embeddedFigure(
  figure: Element,
  embedded: Element,
  figcaption: Element | undefined,
  ctx: ImportContext,
): Block[] | undefined {
  // Only the embedded element (maybe in a wrapper of its own) and the caption: other content or
  // loose words make it a figure like any other, read block by block.
  for (const kid of figure.childNodes) {
    if (
      isText(kid) ? /\S/.test(kid.value) : isElement(kid) && kid !== figcaption && kid !== embedded
    ) {
      if (!isElement(kid) || !kid.childNodes.includes(embedded)) return undefined;
      if (
        kid.childNodes.some(
          (n) => n !== embedded && (isElement(n) || (isText(n) && /\S/.test(n.value))),
        )
      )
        return undefined;
    }
  }
  const captionText = figcaption === undefined ? undefined : reportText(figcaption);
  const titled = hasOwnTitle(embedded);
  const block = embeddedBlock(embedded, ctx, titled ? undefined : captionText);
  if (block === undefined) return [];
  reportAttributes(ctx, figure);
  for (const kid of figure.childNodes) {
    if (isElement(kid) && kid !== figcaption && kid !== embedded) {
      reportElement(
        ctx,
        "unwrapped",
        "wrapper",
        kid,
        `<${kid.tagName}> around an embedded item unwrapped.`,
      );
      reportAttributes(ctx, kid);
    }
  }
  if (figcaption !== undefined) {
    reportAttributes(ctx, figcaption);
    if (titled && captionText !== undefined) {
      if (block.type === "video" || block.type === "audio") block.description ??= captionText;
      else if (block.type === "embed") (block as Embed).fallback ??= captionText;
    }
    if (captionText !== undefined && figcaption.childNodes.some((n) => isElement(n))) {
      ctx.report.push({
        kind: "converted",
        reason: "not-kept",
        message:
          "The caption of an embedded item is kept as plain text: its links and marks are not.",
        text: captionText,
        element: "figcaption",
      });
    }
  }
  return [block];
}
