import { attr, type Element } from "./dom.js";

/** The declarations of a `style` attribute, property names lower-cased. */
export function styleDeclarations(element: Element): Map<string, string> {
  const out = new Map<string, string>();
  const style = attr(element, "style");
  if (style === undefined) return out;
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon === -1) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, "")
      .trim()
      .toLowerCase();
    if (name !== "") out.set(name, value);
  }
  return out;
}

/** True for an element a reader never sees: the `hidden` attribute, `display: none`, `visibility: hidden`. */
export function isHidden(element: Element): boolean {
  if (attr(element, "hidden") !== undefined) return true;
  const style = styleDeclarations(element);
  return style.get("display") === "none" || style.get("visibility") === "hidden";
}

function tiny(value: string | undefined): boolean {
  if (value === undefined) return false;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n <= 1;
}

/** True for an image of at most 1×1 pixel (by attribute or style): a tracking pixel, not a picture. */
export function isTrackingPixel(img: Element): boolean {
  const style = styleDeclarations(img);
  return (
    tiny(attr(img, "width")) ||
    tiny(attr(img, "height")) ||
    tiny(style.get("width")) ||
    tiny(style.get("height"))
  );
}
