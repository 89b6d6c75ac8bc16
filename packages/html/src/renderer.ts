import {
  defineRenderCore,
  type Finisher,
  type RenderCore,
  type Renderer,
  withStream,
} from "@newsdoc/core/kit";
import * as h from "./handlers/index.js";
import { type HtmlHelpers, htmlHelpers } from "./helpers.js";
import type { Html } from "./html.js";
import { DEFAULT_HTML_OPTIONS, type HtmlOptions } from "./options.js";
import { createPrettyPrinter } from "./pretty.js";
import { createHtmlState, type HtmlState } from "./state.js";

/** The type of {@link htmlRenderer} and of every renderer `extend`ed from it. */
export type HtmlRenderer = Renderer<Html, HtmlOptions, HtmlHelpers, HtmlState>;

/**
 * {@link htmlRenderer} without `stream`: what `toHtml` renders with, so an
 * app that imports only `toHtml` does not bundle the stream path.
 */
export const htmlRenderCore: RenderCore<Html, HtmlOptions, HtmlHelpers, HtmlState> =
  defineRenderCore<Html, HtmlOptions, HtmlHelpers, HtmlState>({
    name: "html",
    // Custom blocks (defineNode) get their handlers from the caller: extend, handlers, or a fallback.
    customNodes: "optional",
    defaults: DEFAULT_HTML_OPTIONS,
    helpers: htmlHelpers,
    createState: createHtmlState,
    // The renderer's last step, so an override that wraps the article is indented too;
    // part by part, so a stream is indented as the string is.
    createFinisher: (ctx) =>
      ctx.options.pretty ? (createPrettyPrinter() as Finisher<Html>) : undefined,
    containers: { rows: h.tableRows },
    handlers: {
      article: h.article,
      paragraph: h.paragraph,
      heading: h.heading,
      figure: h.figure,
      blockquote: h.blockquote,
      list: h.list,
      listItem: h.listItem,
      rule: h.rule,
      embed: h.embed,
      video: h.video,
      audio: h.audio,
      aside: h.aside,
      pullQuote: h.pullQuote,
      editorsNote: h.editorsNote,
      correction: h.correction,
      table: h.table,
      tableRow: h.tableRow,
      tableCell: h.tableCell,
      text: h.text,
      emphasis: h.emphasis,
      strong: h.strong,
      link: h.link,
      mention: h.mention,
      quote: h.quote,
      break: h.breakHandler,
    },
  });

/**
 * The HTML renderer: one handler per node type, each overridable per call
 * (`toHtml(article, { handlers })`) or for good (`htmlRenderer.extend`).
 * Handlers return `Html`; `ctx.helpers` has the ways to make it.
 *
 * @example
 * ```ts
 * // Every mention also gets a small "topic" marker after it.
 * const withTopics = htmlRenderer.extend({
 *   handlers: {
 *     mention: (node, ctx, base) =>
 *       ctx.helpers.html`${base(node, ctx)}${ctx.helpers.element("sup", { class: "topic" }, ctx.helpers.escapeText("#"))}`,
 *   },
 * });
 * withTopics.render(article);
 * ```
 */
export const htmlRenderer: HtmlRenderer = /* @__PURE__ */ withStream(htmlRenderCore);
