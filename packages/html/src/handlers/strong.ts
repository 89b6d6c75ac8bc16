import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<strong>` */
export const strong: HtmlHandler<"strong"> = (node, ctx) =>
  `<strong>${ctx.children(node)}</strong>` as Html;
