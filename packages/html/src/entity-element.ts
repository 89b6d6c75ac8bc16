import { type Entity, entityHref, safeUrl } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import type { Html } from "./html.js";
import { tag } from "./tag.js";

const span = tag("span", ["class", "data-entity"]);
const a = tag("a", ["class", "href", "data-entity"]);

/**
 * An entity's words as a link to its page (`url`, else first `sameAs`) or,
 * when links are off or it has no safe URL, a `<span>`; both with
 * `data-entity`.
 */
export function entityElement(
  entity: Entity,
  content: Html,
  className: string,
  ctx: HtmlContext,
): Html {
  const href = ctx.state.linkMentions ? entityHref(entity) : undefined;
  // Checked here too: a refused URL makes a span, not the bare words an <a> would leave.
  return href === undefined || safeUrl(href) === undefined
    ? span(className, entity.id, content)
    : a(className, href, entity.id, content);
}
