import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<li>` */
export const listItem: HtmlHandler<"listItem"> = (node, ctx) =>
  `<li>${ctx.children(node)}</li>` as Html;
