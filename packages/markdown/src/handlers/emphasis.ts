import type { Emphasis, Strong } from "@newsdoc/core/kit";
import { delimit } from "../join-inline.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { phrasing } from "../phrasing.js";

// Nested emphasis alternates `*` and `_`, and a run right after another
// takes the other character: runs of one character that touch or nest can
// fuse or close each other early.
function wrap(node: Emphasis | Strong, ctx: MarkdownContext, strong: boolean): Markdown {
  const { markerBefore, enclosingMarker } = ctx.state;
  const char =
    enclosingMarker === "*" || (enclosingMarker === undefined && markerBefore === "*") ? "_" : "*";
  ctx.state.enclosingMarker = char;
  ctx.state.markerBefore = undefined;
  const inner = phrasing(node.children, ctx);
  ctx.state.enclosingMarker = enclosingMarker;
  ctx.state.markerBefore = markerBefore;
  return delimit(inner, strong, char);
}

/** `*…*` (`_…_` inside `*…*` or right after one). */
export function emphasis(node: Emphasis, ctx: MarkdownContext): Markdown {
  return wrap(node, ctx, false);
}

/** `**…**` (`__…__` inside `*…*` or right after one). */
export function strong(node: Strong, ctx: MarkdownContext): Markdown {
  return wrap(node, ctx, true);
}
