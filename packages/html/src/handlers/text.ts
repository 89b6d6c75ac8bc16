import type { HtmlHandler } from "../context.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";

/** Plain text, escaped for element content. */
export const text: HtmlHandler<"text"> = (value) => escText(value) as Html;
