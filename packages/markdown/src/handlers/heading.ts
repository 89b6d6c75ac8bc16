import type { Heading } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** An ATX heading (`## …`), kept on one line. */
export function heading(node: Heading, ctx: MarkdownContext): Markdown {
  const content = ctx.helpers.finishLines(ctx.phrasing(node), "heading");
  return ctx.helpers.trusted(
    content === "" ? "#".repeat(node.level) : `${"#".repeat(node.level)} ${content}`,
  );
}
