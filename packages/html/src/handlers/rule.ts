import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

/** `<hr>` */
export const rule: HtmlHandler<"rule"> = () => "<hr>" as Html;
