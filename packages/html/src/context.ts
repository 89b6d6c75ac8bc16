import type { Handler, NodeTypes, RenderContext } from "@newsdoc/core/kit";
import type { HtmlHelpers } from "./helpers.js";
import type { Html } from "./html.js";
import type { HtmlOptions } from "./options.js";
import type { HtmlState } from "./state.js";

/** The context every HTML handler receives. */
export type HtmlContext = RenderContext<Html, HtmlOptions, HtmlHelpers, HtmlState>;

/** An HTML handler for one node type. */
export type HtmlHandler<K extends keyof NodeTypes> = Handler<NodeTypes[K], Html, HtmlContext>;
