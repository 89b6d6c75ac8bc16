import type { HandlersOf, NodeTypes } from "@newsdoc/core/kit";
import { test } from "vitest";
import { markdownHandlers } from "./handlers/index.js";
import type { Markdown } from "./markdown.js";
import type { MarkdownContext } from "./options.js";

interface Video {
  type: "video";
  url: string;
}
type Extended = NodeTypes & { video: Video };

test("the Markdown handler map fails to compile without a handler for a new node type", () => {
  // @ts-expect-error — "video" has no Markdown handler
  const extended: HandlersOf<Markdown, MarkdownContext, Extended> = markdownHandlers;
  void extended;
});
