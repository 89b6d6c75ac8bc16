import type { PresentationPart } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { appendHtml } from "./element.js";
import { entityElement } from "./entity-element.js";
import { escText } from "./escape.js";
import type { Html } from "./html.js";
import { tag } from "./tag.js";

const time = tag("time", ["class", "datetime"]);

/**
 * The kit's presentation parts (byline, dates, attributions) as HTML:
 * words escaped, entities as links or spans (`author`, `speaker` or
 * `mention` class by role), dates as `<time datetime>`.
 */
export function partsMarkup(parts: readonly PresentationPart[], ctx: HtmlContext): Html {
  const cls = ctx.state.cls;
  let out = escText("");
  for (const part of parts) {
    if (part.type === "text") out = appendHtml(out, escText(part.text));
    else if (part.type === "date") {
      const className = part.kind === "published" ? cls.published : cls.modified;
      out = appendHtml(out, time(className, part.iso, escText(part.text)));
    } else {
      const className =
        part.role === "author" ? cls.author : part.role === "speaker" ? cls.speaker : cls.mention;
      out = appendHtml(out, entityElement(part.entity, escText(part.entity.name), className, ctx));
    }
  }
  return out;
}
