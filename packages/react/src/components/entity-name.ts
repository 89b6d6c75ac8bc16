import { type Entity, entityHref, safeUrl } from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";

/** Props of {@link EntityName}. */
export interface EntityNameProps {
  readonly entity: Entity;
  /** A class name from `render.classNames` (`mention`, `author`, `speaker`). */
  readonly className: string;
  readonly render: ArticleRender;
  /** The words shown. Default: the entity's name. */
  readonly children?: ReactNode;
}

/**
 * An entity's words as a link to its page (`url`, else first `sameAs`,
 * through `safeUrl`) or, when links are off or it has no safe URL, a
 * `<span>`; both with `data-entity`. What mentions, bylines, attributions
 * and appendices use, as `@newsdoc/html` does.
 *
 * @example
 * ```tsx
 * <EntityName entity={peskov} className={render.classNames.speaker} render={render} />
 * ```
 */
export function EntityName({ entity, className, render, children }: EntityNameProps): ReactNode {
  const href = render.linkMentions ? entityHref(entity) : undefined;
  const safe = href === undefined ? undefined : safeUrl(href);
  const words = children === undefined ? entity.name : children;
  return safe === undefined
    ? createElement("span", { className, "data-entity": entity.id }, words)
    : createElement("a", { className, href: safe, "data-entity": entity.id }, words);
}
