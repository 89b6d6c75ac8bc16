import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const strongTag = tag("strong");

/** `<strong>` */
export const strong: HtmlHandler<"strong"> = (node, ctx) => strongTag(ctx.children(node));
