import type { PresentationPart } from "@newsdoc/core/kit";
import { createElement, Fragment, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";
import { EntityName } from "./entity-name.js";

/** Props of {@link Parts}. */
export interface PartsProps {
  /** The kit's presentation parts: `bylineParts`, `datelineParts`, `attributionParts`, `quoteDetailParts`. */
  readonly parts: readonly PresentationPart[];
  readonly render: ArticleRender;
}

/**
 * The kit's presentation parts as React nodes — the same words as
 * `@newsdoc/html` and `@newsdoc/markdown` write: text as is, entities as
 * {@link EntityName} (`author`, `speaker` or `mention` class by role),
 * dates as `<time dateTime>`.
 *
 * @example
 * ```tsx
 * <Parts parts={bylineParts(article, render.index, render.labels)} render={render} />
 * ```
 */
export function Parts({ parts, render }: PartsProps): ReactNode {
  const cls = render.classNames;
  return parts.map((part, key) => {
    if (part.type === "text") return createElement(Fragment, { key }, part.text);
    if (part.type === "date") {
      return createElement(
        "time",
        {
          key,
          className: part.kind === "published" ? cls.published : cls.modified,
          dateTime: part.iso,
        },
        part.text,
      );
    }
    const className =
      part.role === "author" ? cls.author : part.role === "speaker" ? cls.speaker : cls.mention;
    return createElement(EntityName, { key, entity: part.entity, className, render });
  });
}
