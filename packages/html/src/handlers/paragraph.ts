import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<p>` */
export const paragraph: HtmlHandler<"paragraph"> = (node, ctx) =>
  `<p>${ctx.children(node)}</p>` as Html;
