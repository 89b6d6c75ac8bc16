import type { Container, Inline } from "@newsdoc/core/kit";
import { closingMarker, joinInline } from "./join-inline.js";
import type { Markdown } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

/**
 * The phrasing container (`ctx.phrasing`): renders inline nodes and joins
 * them (see `joinInline`), telling each node, through
 * `ctx.state.markerBefore`, which emphasis marker ends the Markdown just
 * before it, so that emphasis can pick the other one.
 */
export const phrasingContainer: Container<Markdown, MarkdownContext, Inline> = (
  nodes,
  each,
  ctx,
) => {
  const inherited = ctx.state.markerBefore;
  const parts: Markdown[] = new Array(nodes.length);
  let before = inherited;
  for (let i = 0; i < nodes.length; i++) {
    ctx.state.markerBefore = before;
    const part = each(i);
    parts[i] = part;
    if (part !== "") before = closingMarker(part);
  }
  ctx.state.markerBefore = inherited;
  return joinInline(parts);
};
