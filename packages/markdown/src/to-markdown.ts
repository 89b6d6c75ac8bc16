import type { Article, RenderOptions } from "@newsdoc/core/kit";
import type { MarkdownHelpers } from "./helpers.js";
import type { Markdown } from "./markdown.js";
import type { MarkdownOptions, MarkdownState } from "./options.js";
import { markdownRenderCore } from "./renderer.js";

/** What {@link toMarkdown} accepts: any options, and handler overrides. */
export type ToMarkdownOptions = RenderOptions<
  Markdown,
  MarkdownOptions,
  MarkdownHelpers,
  MarkdownState
>;

/**
 * Renders an article as CommonMark: headline, dek, byline, lead image,
 * body, and optionally YAML front matter and a "Who said what" or claims
 * appendix. Every text is escaped so that a CommonMark parser reads back
 * exactly the article's text. Deterministic; `\n` line endings; ends with
 * one newline. The article is trusted to be valid (see `parseArticle`).
 *
 * @example
 * ```ts
 * import { toMarkdown } from "@newsdoc/markdown";
 * const md = toMarkdown(article, { frontMatter: true, appendix: "quotes" });
 * ```
 */
export function toMarkdown(article: Article, options?: ToMarkdownOptions): string {
  return markdownRenderCore.render(article, options);
}
