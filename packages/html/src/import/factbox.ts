import type { Block, Inline } from "@newsdoc/core";
import { type ImportContext, reportAttributes, reportElement } from "./context.js";
import { attr, classes, type Element, isElement, isText } from "./dom.js";
import { finishInline, isBlankInline } from "./finish-inline.js";
import { flowBlocks } from "./flow.js";
import { inlinePieces } from "./inline.js";
import { cleanText, isNonBlank } from "./sanitize.js";

const TITLE_TAGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

/** The heading an aside starts with (directly, or as the first thing in its `<header>`). */
function titleHeading(element: Element): { heading: Element; holder: Element } | undefined {
  for (const kid of element.childNodes) {
    if (isText(kid) && !isNonBlank(kid.value)) continue;
    if (!isElement(kid)) return undefined;
    if (TITLE_TAGS.has(kid.tagName)) return { heading: kid, holder: kid };
    if (kid.tagName === "header") {
      const inner = kid.childNodes.filter(
        (n) => isElement(n) || (isText(n) && isNonBlank(n.value)),
      );
      const [only] = inner;
      if (
        inner.length === 1 &&
        only !== undefined &&
        isElement(only) &&
        TITLE_TAGS.has(only.tagName)
      )
        return { heading: only, holder: kid };
    }
    return undefined;
  }
  return undefined;
}

/**
 * A page's own `<aside>` in the article (a factbox, "What we know"): an
 * aside node titled by the heading it starts with, or by its
 * `aria-label`; its other content is its blocks. False for an aside with
 * neither (it is unwrapped, as before) and for newsdoc's own asides.
 */
export function factbox(element: Element, ctx: ImportContext, out: Block[]): boolean {
  if (classes(element).some((c) => c.startsWith(ctx.prefix))) return false;
  const found = titleHeading(element);
  let title: Inline[] | undefined;
  if (found !== undefined) {
    title = finishInline(
      inlinePieces(found.heading.childNodes, ctx, {
        container: "heading",
        inLink: false,
        marks: 0,
      }),
      ctx,
    );
    if (isBlankInline(title)) title = undefined;
  }
  const label = attr(element, "aria-label");
  if (title === undefined && isNonBlank(label)) {
    title = [
      cleanText(label)
        .replace(/[ \t\n\f\r]+/g, " ")
        .trim(),
    ];
  }
  if (title === undefined) return false;
  reportElement(
    ctx,
    "converted",
    "aside",
    element,
    found === undefined
      ? "<aside> read as an aside titled by its aria-label."
      : `<aside> read as an aside titled by its <${found.heading.tagName}>.`,
  );
  reportAttributes(ctx, element, found === undefined ? ["aria-label"] : []);
  if (found !== undefined) {
    reportAttributes(ctx, found.heading);
    if (found.holder !== found.heading) reportAttributes(ctx, found.holder);
  }
  const children: Block[] = [];
  ctx.elementDepth++;
  try {
    flowBlocks(
      element.childNodes.filter((n) => n !== found?.holder),
      ctx,
      children,
    );
  } finally {
    ctx.elementDepth--;
  }
  out.push({ type: "aside", title, children });
  return true;
}
