import { createElement } from "react";
import type { NodeComponent } from "../context.js";
import { EntityName } from "./entity-name.js";

/**
 * `<a class="nd-mention" href data-entity>` to the entity's `url` (else its
 * first `sameAs`), or `<span class="nd-mention" data-entity>` when it has
 * no safe URL or `options.mentions` is `"text"`.
 */
export const Mention: NodeComponent<"mention"> = ({ node, context }) =>
  createElement(
    EntityName,
    {
      entity: context.index.requireEntity(node.entity),
      className: context.render.classNames.mention,
      render: context.render,
    },
    node.text,
  );
