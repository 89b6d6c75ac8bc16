import { safeUrl } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";

/** `<a href title>`; a URL `safeUrl` refuses leaves the link's words as plain text. */
export const link: HtmlHandler<"link"> = (node, ctx) => {
  const children = ctx.children(node);
  const href = safeUrl(node.url);
  if (href === undefined) return children;
  const title = typeof node.title === "string" ? ` title="${escAttr(node.title)}"` : "";
  return `<a href="${escAttr(href)}"${title}>${children}</a>` as Html;
};
