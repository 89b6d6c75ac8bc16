import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const ul = tag("ul");
const ol = tag("ol");
const olFrom = tag("ol", ["start"]);

/** `<ul>`, or `<ol>` with `start` when it is not 1. */
export const list: HtmlHandler<"list"> = (node, ctx) => {
  if (node.ordered !== true) return ul(ctx.children(node));
  return typeof node.start === "number" && Number.isInteger(node.start) && node.start !== 1
    ? olFrom(node.start, ctx.children(node))
    : ol(ctx.children(node));
};
