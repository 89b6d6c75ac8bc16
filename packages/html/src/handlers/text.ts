import type { HtmlHandler } from "../context.js";
import { escText } from "../escape.js";

/** Plain text, escaped for element content. */
export const text: HtmlHandler<"text"> = (value) => escText(value);
