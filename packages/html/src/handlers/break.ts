import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const br = tag("br");

/** `<br>` */
export const breakHandler: HtmlHandler<"break"> = () => br();
