import type { HandlersOf, NodeTypes } from "@newsdoc/core/kit";
import { test } from "vitest";
import type { HtmlContext } from "./context.js";
import type { Html } from "./html.js";
import { htmlRenderer } from "./renderer.js";

interface Video {
  type: "video";
  url: string;
}
type Extended = NodeTypes & { video: Video };

test("the HTML handler map fails to compile without a handler for a new node type", () => {
  // @ts-expect-error — "video" has no HTML handler
  const extended: HandlersOf<Html, HtmlContext, Extended> = htmlRenderer.handlers;
  void extended;
});
