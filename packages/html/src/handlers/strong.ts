import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<strong>` */
export const strong: HtmlHandler<"strong"> = (node, ctx) =>
  html`<strong>${ctx.children(node)}</strong>`;
