import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<em>` */
export const emphasis: HtmlHandler<"emphasis"> = (node, ctx) =>
  `<em>${ctx.children(node)}</em>` as Html;
