import {
  DEFAULT_LABELS,
  type FormatDate,
  formatDateEnglish,
  type Labels,
  type LabelsOption,
  type MentionsOption,
  type RenderContext,
} from "@newsdoc/core/kit";
import type { MarkdownHelpers } from "./helpers.js";
import type { Markdown } from "./markdown.js";

/** Options of {@link toMarkdown} and `markdownRenderer.render`. */
export interface MarkdownOptions {
  /**
   * Mentions as links to the entity's `url` (else its first `sameAs`) —
   * `"link"` — or as plain words — `"text"`. A mention of an entity with
   * neither is plain words either way. Default `"link"`.
   */
  mentions: MentionsOption;
  /** Prepend YAML front matter with the article's metadata. Default `false`. */
  frontMatter: boolean;
  /**
   * Append a section: `"quotes"` — "Who said what", quotes grouped by
   * speaker; `"claims"` — each claim with who asserts, denies, neither, or
   * cannot verify it; `false` — nothing. Default `false`.
   */
  appendix: false | "quotes" | "claims";
  /**
   * How the byline line shows `datePublished` and `dateModified` (ISO
   * strings). Default `formatDateEnglish`: `"11 September 2015"`, the date
   * as the publisher wrote it. Return the ISO string itself to keep it.
   */
  formatDate: FormatDate;
  /**
   * Words the renderer writes itself ("By", "Published", "via", "Source",
   * "Credit:", "Who said what", the quote-mode and stance names…), for
   * other languages: any subset of the kit's `Labels`, the same option as
   * `toHtml`'s and `<NewsArticle>`'s, so all say the same words. Default
   * English (`DEFAULT_LABELS`).
   */
  labels: LabelsOption;
}

/**
 * Per-render state of the Markdown renderer (`ctx.state`): what was just
 * written, which the next node must not collide with. Where a node is
 * (inside a link, an emphasis) is the context's: `ctx.within("link")`,
 * `ctx.parent`, `ctx.index`.
 */
export interface MarkdownState {
  /** The marker of the list just rendered (or being rendered), so that the next list uses another and stays separate. */
  listMarker: string | undefined;
  /** The `*` or `_` that ends the inline Markdown just before the node being rendered, if any. */
  markerBefore: string | undefined;
  /** The marker character of the emphasis or strong being rendered, if any. */
  enclosingMarker: "*" | "_" | undefined;
  /** How the table being rendered is written: a GFM table, HTML around Markdown cells, or newsdoc's directives; `undefined` outside tables. */
  tableLayout: "gfm" | "html" | "directive" | undefined;
  /** The labels, defaults filled in (from `options.labels`). */
  readonly labels: Readonly<Labels>;
}

/** The context every Markdown handler receives. */
export type MarkdownContext = RenderContext<
  Markdown,
  MarkdownOptions,
  MarkdownHelpers,
  MarkdownState
>;

/** The default options. */
export const MARKDOWN_DEFAULTS: Readonly<MarkdownOptions> = Object.freeze({
  mentions: "link",
  frontMatter: false,
  appendix: false,
  formatDate: formatDateEnglish,
  labels: DEFAULT_LABELS,
});
