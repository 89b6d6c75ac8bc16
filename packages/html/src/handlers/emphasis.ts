import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<em>` */
export const emphasis: HtmlHandler<"emphasis"> = (node, ctx) =>
  html`<em>${ctx.children(node)}</em>`;
