import type { Article } from "@newsdoc/core/kit";
import { jsonLdString, type ToJsonLdOptions, toJsonLd } from "@newsdoc/jsonld";
import { createElement, type ReactNode } from "react";

/** Props of {@link ArticleJsonLd}. */
export interface ArticleJsonLdProps {
  readonly article: Article;
  /** Options for `toJsonLd` (`articleBody`, `quoteModes`, …). Default: `toJsonLd`'s. */
  readonly options?: ToJsonLdOptions | undefined;
  /** A CSP nonce for the script element. Default: none. */
  readonly nonce?: string | undefined;
}

/**
 * The article's schema.org JSON-LD as `<script type="application/ld+json">`.
 * React does not escape `dangerouslySetInnerHTML`, so the content is
 * `jsonLdString`'s — the same escaping as `jsonLdScript`: every `<`, `>`,
 * `&`, U+2028 and U+2029 written as a JSON escape, so no text in the
 * article can end the element or open a comment, and `JSON.parse` of the
 * element's text gives back exactly `toJsonLd(article)`.
 *
 * @example
 * ```tsx
 * <ArticleJsonLd article={article} />
 * ```
 */
export function ArticleJsonLd({ article, options, nonce }: ArticleJsonLdProps): ReactNode {
  return createElement("script", {
    type: "application/ld+json",
    nonce,
    // jsonLdString escapes everything that could end the script or open a comment.
    dangerouslySetInnerHTML: { __html: jsonLdString(toJsonLd(article, options)) },
  });
}
