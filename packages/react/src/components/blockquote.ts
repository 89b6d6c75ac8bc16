import { attributionParts, safeUrl } from "@newsdoc/core/kit";
import { createElement } from "react";
import type { NodeComponent } from "../context.js";
import { Parts } from "./parts.js";

/**
 * `<blockquote cite data-quote>`. When it shows a known quote, it is
 * wrapped in `<figure className="nd-quotation">` with a
 * `<figcaption className="nd-attribution">` naming the speaker (and
 * channel): the HTML standard keeps attribution outside the `<blockquote>`.
 */
export const Blockquote: NodeComponent<"blockquote"> = ({ node, children, context }) => {
  const { render, index } = context;
  const cls = render.classNames;
  const q = node.quote === undefined ? undefined : index.requireQuote(node.quote);
  const cite = node.cite === undefined ? undefined : safeUrl(node.cite);
  const quoted = createElement(
    "blockquote",
    { className: cls.blockquote, cite, "data-quote": q?.id },
    children,
  );
  if (q === undefined) return quoted;
  return createElement(
    "figure",
    { className: cls.quotation },
    quoted,
    createElement(
      "figcaption",
      { className: cls.attribution },
      createElement(Parts, { parts: attributionParts(q, index, render.labels), render }),
    ),
  );
};
