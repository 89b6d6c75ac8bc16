import { type Entity, entityHref } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import type { Html } from "./html.js";
import { compileTag, tag } from "./tag.js";

const span = tag("span", ["class", "data-entity"]);
// A URL safeUrl refuses makes the span, not the bare words an <a> would leave.
const a = compileTag("a", ["class", "href", "data-entity"], {
  refused: ([className, , id], children) => span(className as string, id as string, children),
});

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
  return href === undefined
    ? span(className, entity.id, content)
    : a(className, href, entity.id, content);
}
