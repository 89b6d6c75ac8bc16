import type { Emphasis, Strong } from "@newsdoc/core/kit";
import { delimit } from "../join-inline.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

// Delimiter runs of one character that touch can fuse. Between siblings
// (`*a**b*`) that is fatal, so a run right after another always takes the
// other character. At a parent's edge it is harmless (`***a* b**` and
// `**a *b***` parse as nested), except that emphasis filling its parent
// would read as one run (`**a**` is strong, not emphasis in emphasis): so,
// with no run before it, a run takes the other character than its parent.
//
// Emphasis inside emphasis (strong inside strong) is written once: it looks
// the same in every CommonMark renderer, and it keeps marks at most two deep,
// so a fused closing run is at most three long and CommonMark's "rule of 3"
// (`**a*b***` type runs) never refuses a match.
function wrap(node: Emphasis | Strong, ctx: MarkdownContext, strong: boolean): Markdown {
  if (ctx.within(strong ? "strong" : "emphasis") > 0) return ctx.phrasing(node);
  const { markerBefore, enclosingMarker } = ctx.state;
  const char = (markerBefore ?? enclosingMarker) === "*" ? "_" : "*";
  ctx.state.enclosingMarker = char;
  ctx.state.markerBefore = undefined;
  const inner = ctx.phrasing(node);
  ctx.state.enclosingMarker = enclosingMarker;
  ctx.state.markerBefore = markerBefore;
  return delimit(inner, strong, char);
}

/** `*…*` (`_…_` inside `*…*` or right after one); inside emphasis, just its content. */
export function emphasis(node: Emphasis, ctx: MarkdownContext): Markdown {
  return wrap(node, ctx, false);
}

/** `**…**` (`__…__` inside `*…*` or right after one); inside strong, just its content. */
export function strong(node: Strong, ctx: MarkdownContext): Markdown {
  return wrap(node, ctx, true);
}
