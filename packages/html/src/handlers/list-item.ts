import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<li>` */
export const listItem: HtmlHandler<"listItem"> = (node, ctx) =>
  html`<li>${ctx.children(node)}</li>`;
