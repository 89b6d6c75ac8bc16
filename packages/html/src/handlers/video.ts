import type { HtmlHandler } from "../context.js";
import { mediaFigure } from "./media.js";

/** `<figure class="nd-video">` with `<video controls>`, sources, tracks, caption and transcript: see {@link mediaFigure}. */
export const video: HtmlHandler<"video"> = (node, ctx) => mediaFigure(node, ctx);
