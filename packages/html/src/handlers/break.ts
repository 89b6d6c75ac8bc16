import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<br>` */
export const breakHandler: HtmlHandler<"break"> = () => "<br>" as Html;
