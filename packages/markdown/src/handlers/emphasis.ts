import type { Emphasis, Strong } from "@newsdoc/core/kit";
import { delimit } from "../join-inline.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { phrasing } from "../phrasing.js";

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
  const { markerBefore, enclosingMarker, inEmphasis, inStrong } = ctx.state;
  if (strong ? inStrong : inEmphasis) return phrasing(node.children, ctx);
  const char = (markerBefore ?? enclosingMarker) === "*" ? "_" : "*";
  ctx.state.enclosingMarker = char;
  ctx.state.markerBefore = undefined;
  if (strong) ctx.state.inStrong = true;
  else ctx.state.inEmphasis = true;
  const inner = phrasing(node.children, ctx);
  ctx.state.enclosingMarker = enclosingMarker;
  ctx.state.markerBefore = markerBefore;
  ctx.state.inStrong = inStrong;
  ctx.state.inEmphasis = inEmphasis;
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
