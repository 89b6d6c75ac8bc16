import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const li = tag("li");

/** `<li>` */
export const listItem: HtmlHandler<"listItem"> = (node, ctx) => li(ctx.children(node));
