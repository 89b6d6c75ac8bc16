import { NewsdocRenderError } from "@newsdoc/core/kit";
import { createElement } from "react";
import type { NodeComponent } from "../context.js";

/** `<p>` */
export const Paragraph: NodeComponent<"paragraph"> = ({ children }) =>
  createElement("p", null, children);

const TAGS: Readonly<Record<number, string>> = { 2: "h2", 3: "h3", 4: "h4", 5: "h5", 6: "h6" };

/**
 * `<h2 id>`…`<h6 id>` (the anchor: its own `id`, else a unique slug, as
 * `tableOfContents` links to); level 1 is the headline's. Any other level
 * is a `NewsdocRenderError`.
 */
export const Heading: NodeComponent<"heading"> = ({ node, children, context }) => {
  // The level becomes a tag name, so it is looked up, never interpolated.
  const tag = TAGS[node.level];
  if (tag === undefined) {
    throw new NewsdocRenderError(
      "invalid_node",
      `A heading has level ${JSON.stringify(node.level)}; levels are 2 to 6 (the headline is the only h1). Validate the article with parseArticle() before rendering.`,
    );
  }
  return createElement(tag, { id: context.index.anchorOf(node) }, children);
};

/** `<ul>`, or `<ol>` with `start` when it is an integer other than 1. */
export const List: NodeComponent<"list"> = ({ node, children }) => {
  if (node.ordered !== true) return createElement("ul", null, children);
  const start =
    typeof node.start === "number" && Number.isInteger(node.start) && node.start !== 1
      ? node.start
      : undefined;
  return createElement("ol", { start }, children);
};

/** `<li>` */
export const ListItem: NodeComponent<"listItem"> = ({ children }) =>
  createElement("li", null, children);

/** `<hr>` */
export const Rule: NodeComponent<"rule"> = () => createElement("hr");
