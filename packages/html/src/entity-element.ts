import { type Entity, entityHref, safeUrl } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { escAttr } from "./escape.js";

/**
 * An entity's words as a link to its page (`url`, else first `sameAs`) or,
 * when links are off or it has no safe URL, a `<span>`; both with
 * `data-entity`. `content` must already be escaped; `className` comes from
 * the validated class table.
 */
export function entityElement(
  entity: Entity,
  content: string,
  className: string,
  ctx: HtmlContext,
): string {
  const href = ctx.state.linkMentions ? entityHref(entity) : undefined;
  const safe = href === undefined ? undefined : safeUrl(href);
  const id = escAttr(entity.id);
  return safe === undefined
    ? `<span class="${className}" data-entity="${id}">${content}</span>`
    : `<a class="${className}" href="${escAttr(safe)}" data-entity="${id}">${content}</a>`;
}
