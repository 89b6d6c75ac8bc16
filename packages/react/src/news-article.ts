import type { Article } from "@newsdoc/core/kit";
import type { ReactNode } from "react";
import type { ComponentOverrides } from "./context.js";
import { createRender, renderRoot } from "./create-render.js";
import { DEFAULT_COMPONENTS } from "./default-components.js";
import type { NewsArticleOptions } from "./options.js";

/** Props of {@link NewsArticle}. */
export interface NewsArticleProps {
  /** The article. Trusted to be valid: run `parseArticle` from `@newsdoc/core` on data you did not build. */
  readonly article: Article;
  /**
   * Components to use instead of the built-in ones, by node type (any
   * subset). Each receives `node`, its rendered `children`, `context`
   * (article, index, parent, position, render) and `Default`, the
   * built-in component, to wrap instead of rewrite.
   */
  readonly components?: ComponentOverrides | undefined;
  /** Class prefix, mention links, appendices, labels, date format. */
  readonly options?: Partial<NewsArticleOptions> | undefined;
}

/**
 * Renders an article as React elements: the same semantic markup as
 * `@newsdoc/html`'s `toHtml` (elements, class names, `data-entity` /
 * `data-quote` hooks, accessibility attributes, URL policy). No hooks, no
 * context, no `"use client"`: a Server Component as much as a client one.
 * A broken article (a dangling reference, an unknown node) throws a
 * `NewsdocRenderError` naming what is wrong.
 *
 * @example
 * ```tsx
 * import { NewsArticle } from "@newsdoc/react";
 * import Link from "next/link";
 *
 * <NewsArticle
 *   article={article}
 *   options={{ appendix: "quotes" }}
 *   components={{
 *     mention: ({ node, Default, ...props }) =>
 *       <Link href={`/topics/${node.entity}`} data-entity={node.entity}>{node.text}</Link>,
 *   }}
 * />;
 * ```
 */
export function NewsArticle({ article, components, options }: NewsArticleProps): ReactNode {
  const render = createRender(article, DEFAULT_COMPONENTS, components, options);
  return renderRoot(render, DEFAULT_COMPONENTS, components);
}
