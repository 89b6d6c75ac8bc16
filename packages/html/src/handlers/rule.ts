import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<hr>` */
export const rule: HtmlHandler<"rule"> = () => html`<hr>`;
