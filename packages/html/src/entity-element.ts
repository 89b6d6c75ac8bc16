import { type Entity, entityHref } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import type { HtmlContent } from "./element.js";
import { elementSpec } from "./element-spec.js";
import type { Html } from "./html.js";

const span = elementSpec("span", ["class", "data-entity"]);
// An entity whose URL safeUrl refuses is a <span>, like one without a URL.
const a = elementSpec("a", ["class", "href", "data-entity"], { refusedUrl: span });

/**
 * An entity's words as a link to its page (`url`, else first `sameAs`) or,
 * when links are off or it has no safe URL, a `<span>`; both with
 * `data-entity`. `content` is `Html`; `className` comes from the class table.
 */
export function entityElement(
  entity: Entity,
  content: HtmlContent,
  className: string,
  ctx: HtmlContext,
): Html {
  const href = ctx.state.linkMentions ? entityHref(entity) : undefined;
  return href === undefined
    ? span({ class: className, "data-entity": entity.id }, content)
    : a({ class: className, href, "data-entity": entity.id }, content);
}
