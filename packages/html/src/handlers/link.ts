import type { HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";

// A URL safeUrl refuses leaves the link's words (the spec's degrade for <a href>).
const a = elementSpec("a", ["href", "title"]);

/** `<a href title>`; a URL `safeUrl` refuses leaves the link's words as plain text. */
export const link: HtmlHandler<"link"> = (node, ctx) =>
  a(
    { href: node.url, title: typeof node.title === "string" ? node.title : undefined },
    ctx.children(node),
  );
