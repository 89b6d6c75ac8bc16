import type { Heading } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { phrasing } from "../phrasing.js";

/** An ATX heading (`## …`), kept on one line. */
export function heading(node: Heading, ctx: MarkdownContext): Markdown {
  const content = ctx.helpers.finishLines(phrasing(node.children, ctx), "heading");
  return ctx.helpers.trusted(
    content === "" ? "#".repeat(node.level) : `${"#".repeat(node.level)} ${content}`,
  );
}
