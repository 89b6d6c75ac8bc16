import { createElement } from "react";
import type { NodeComponent } from "../context.js";

/**
 * `<span class="nd-quote" data-quote data-speaker>`. Not `<q>`: the span's
 * text already holds the quotation marks the source prints.
 */
export const Quote: NodeComponent<"quote"> = ({ node, children, context }) => {
  const q = context.index.requireQuote(node.quote);
  return createElement(
    "span",
    { className: context.render.classNames.quote, "data-quote": q.id, "data-speaker": q.speaker },
    children,
  );
};
