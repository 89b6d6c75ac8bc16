import type { ImportContext } from "./context.js";
import { collapse, type Element, hasClass } from "./dom.js";
import { cleanText } from "./sanitize.js";

/** Whether the element has newsdoc's class `name` under the import's prefix (`nd-embed`). */
export function hasOwnClass(element: Element, ctx: ImportContext, name: string): boolean {
  return hasClass(element, `${ctx.prefix}${name}`);
}

/** Text as the model takes it from loose markup: cleaned, whitespace runs one space, trimmed. */
export function collapsedText(text: string): string {
  return collapse(cleanText(text));
}
