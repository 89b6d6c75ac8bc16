import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";

/**
 * The site's articles by id. Here only the example article; a real site
 * would read validated articles (`parseArticle`) from its CMS or files.
 */
export const ARTICLES: ReadonlyMap<string, Article> = new Map([[example.id, example]]);

/** The article with this id, or `undefined`. */
export function findArticle(id: string): Article | undefined {
  return ARTICLES.get(id);
}

/** Where a topic (an entity of the registry) has its page. */
export function topicHref(entityId: string): string {
  return `/topics/${encodeURIComponent(entityId)}`;
}
