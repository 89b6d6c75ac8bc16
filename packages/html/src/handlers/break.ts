import type { HtmlHandler } from "../context.js";
import { html } from "../html-template.js";

/** `<br>` */
export const breakHandler: HtmlHandler<"break"> = () => html`<br>`;
