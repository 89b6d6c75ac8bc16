import type { HtmlHandler } from "../context.js";
import { mediaFigure } from "./media.js";

/** `<figure class="nd-audio">` with `<audio controls>`, sources, tracks, caption and transcript: see {@link mediaFigure}. */
export const audio: HtmlHandler<"audio"> = (node, ctx) => mediaFigure(node, ctx);
