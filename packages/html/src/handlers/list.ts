import type { HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";
import { html } from "../html-template.js";

const ol = elementSpec("ol", ["start"]);

/** `<ul>`, or `<ol>` with `start` when it is not 1. */
export const list: HtmlHandler<"list"> = (node, ctx) => {
  if (node.ordered !== true) return html`<ul>${ctx.children(node)}</ul>`;
  const start =
    typeof node.start === "number" && Number.isInteger(node.start) && node.start !== 1
      ? node.start
      : undefined;
  return ol({ start }, ctx.children(node));
};
