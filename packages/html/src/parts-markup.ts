import type { PresentationPart } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { entityElement } from "./entity-element.js";
import { escAttr, escText } from "./escape.js";

/**
 * The kit's presentation parts (byline, dates, attributions) as HTML:
 * words escaped, entities as links or spans (`author`, `speaker` or
 * `mention` class by role), dates as `<time datetime>`.
 */
export function partsMarkup(parts: readonly PresentationPart[], ctx: HtmlContext): string {
  const cls = ctx.state.cls;
  let out = "";
  for (const part of parts) {
    if (part.type === "text") out += escText(part.text);
    else if (part.type === "date") {
      const className = part.kind === "published" ? cls.published : cls.modified;
      out += `<time class="${className}" datetime="${escAttr(part.iso)}">${escText(part.text)}</time>`;
    } else {
      const className =
        part.role === "author" ? cls.author : part.role === "speaker" ? cls.speaker : cls.mention;
      out += entityElement(part.entity, escText(part.entity.name), className, ctx);
    }
  }
  return out;
}
