import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const em = tag("em");

/** `<em>` */
export const emphasis: HtmlHandler<"emphasis"> = (node, ctx) => em(ctx.children(node));
