import {
  defineRenderCore,
  isStringOutput,
  type RenderCore,
  type Renderer,
  resolveLabels,
  withStream,
} from "@newsdoc/core/kit";
import { flowContainer } from "./blocks.js";
import { checkMarkdownOptions } from "./check-options.js";
import { markdownHandlers } from "./handlers/index.js";
import { itemsContainer } from "./handlers/list.js";
import { cellsContainer, rowsContainer } from "./handlers/table.js";
import { type MarkdownHelpers, markdownHelpers } from "./helpers.js";
import { joinInline } from "./join-inline.js";
import type { Markdown } from "./markdown.js";
import { MARKDOWN_DEFAULTS, type MarkdownOptions, type MarkdownState } from "./options.js";
import { phrasingContainer } from "./phrasing.js";

/** The type of {@link markdownRenderer} and of renderers `extend`ed from it. */
export type MarkdownRenderer = Renderer<Markdown, MarkdownOptions, MarkdownHelpers, MarkdownState>;

/**
 * {@link markdownRenderer} without `stream`: what `toMarkdown` renders
 * with, so an app that imports only `toMarkdown` does not bundle the
 * stream path.
 */
export const markdownRenderCore: RenderCore<
  Markdown,
  MarkdownOptions,
  MarkdownHelpers,
  MarkdownState
> = defineRenderCore<Markdown, MarkdownOptions, MarkdownHelpers, MarkdownState>({
  name: "markdown",
  // Custom blocks (defineNode) get their handlers from the caller: extend, handlers, or a fallback.
  customNodes: "optional",
  handlers: markdownHandlers,
  defaults: MARKDOWN_DEFAULTS,
  helpers: markdownHelpers,
  // Where no container says otherwise, parts are inline: adjacent parts can affect each other.
  join: joinInline,
  containers: {
    flow: flowContainer,
    items: itemsContainer,
    rows: rowsContainer,
    cells: cellsContainer,
    phrasing: phrasingContainer,
  },
  isOutput: isStringOutput,
  createState: (_article, options) => {
    checkMarkdownOptions(options);
    return {
      listMarker: undefined,
      markerBefore: undefined,
      enclosingMarker: undefined,
      tableLayout: undefined,
      labels: resolveLabels(options.labels),
    };
  },
});

/**
 * The Markdown renderer, made with core's `defineRenderer` (`withStream` over the core above): pass
 * `handlers` to `render` for one call, or `extend` it into your own.
 * Handlers return {@link Markdown}, which only `ctx.helpers` produce.
 *
 * @example
 * ```ts
 * const bracketed = markdownRenderer.extend({
 *   handlers: { mention: (node, ctx, base) => ctx.helpers.md`⟨${base(node, ctx)}⟩` },
 * });
 * bracketed.render(article);
 * ```
 */
export const markdownRenderer: MarkdownRenderer = /* @__PURE__ */ withStream(markdownRenderCore);
