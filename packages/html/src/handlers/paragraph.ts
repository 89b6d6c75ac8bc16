import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<p>` */
export const paragraph: HtmlHandler<"paragraph"> = (node, ctx) =>
  html`<p>${ctx.children(node)}</p>`;
