import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const hr = tag("hr");

/** `<hr>` */
export const rule: HtmlHandler<"rule"> = () => hr();
