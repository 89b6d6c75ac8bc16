import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const p = tag("p");

/** `<p>` */
export const paragraph: HtmlHandler<"paragraph"> = (node, ctx) => p(ctx.children(node));
