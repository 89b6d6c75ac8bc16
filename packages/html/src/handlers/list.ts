import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<ul>`, or `<ol>` with `start` when it is not 1. */
export const list: HtmlHandler<"list"> = (node, ctx) => {
  if (node.ordered !== true) return `<ul>${ctx.children(node)}</ul>` as Html;
  const start =
    typeof node.start === "number" && Number.isInteger(node.start) && node.start !== 1
      ? ` start="${node.start}"`
      : "";
  return `<ol${start}>${ctx.children(node)}</ol>` as Html;
};
