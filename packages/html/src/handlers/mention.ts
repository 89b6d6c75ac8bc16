import type { HtmlHandler } from "../context.js";
import { entityElement } from "../entity-element.js";
import { escText } from "../escape.js";

/**
 * `<a class="nd-mention" href data-entity>` to the entity's `url` (else its
 * first `sameAs`), or `<span class="nd-mention" data-entity>` when it has
 * no safe URL or `options.mentions` is `"text"`.
 */
export const mention: HtmlHandler<"mention"> = (node, ctx) =>
  entityElement(
    ctx.lookup.requireEntity(node.entity),
    escText(node.text),
    ctx.state.cls.mention,
    ctx,
  );
