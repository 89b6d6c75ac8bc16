import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const a = tag("a", ["href"]);
const aTitled = tag("a", ["href", "title"]);

/** `<a href title>`; a URL `safeUrl` refuses leaves the link's words as plain text. */
export const link: HtmlHandler<"link"> = (node, ctx) => {
  const children = ctx.children(node);
  return typeof node.title === "string"
    ? aTitled(node.url, node.title, children)
    : a(node.url, children);
};
