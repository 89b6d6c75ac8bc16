import { safeUrl } from "@newsdoc/core/kit";
import { createElement, Fragment } from "react";
import type { NodeComponent } from "../context.js";

/** `<a href title>`; a URL `safeUrl` refuses leaves the link's words as plain content. */
export const Link: NodeComponent<"link"> = ({ node, children }) => {
  const href = safeUrl(node.url);
  if (href === undefined) return createElement(Fragment, null, children);
  const title = typeof node.title === "string" ? node.title : undefined;
  return createElement("a", { href, title }, children);
};
