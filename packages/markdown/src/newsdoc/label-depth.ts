import type { MarkdownContext, MarkdownState } from "../options.js";

// How many directive labels enclose the node being rendered, per render:
// text inside a label escapes `]` like link text does.
const depths = new WeakMap<MarkdownState, number>();

/** Whether the node being rendered is inside a directive label (or link text). */
export function inLabel(ctx: MarkdownContext): boolean {
  return ctx.within("link") > 0 || (depths.get(ctx.state) ?? 0) > 0;
}

/** Runs `render` one directive label deeper. */
export function insideLabel<T>(state: MarkdownState, render: () => T): T {
  depths.set(state, (depths.get(state) ?? 0) + 1);
  try {
    return render();
  } finally {
    depths.set(state, (depths.get(state) ?? 1) - 1);
  }
}
