import { type Article, type Entity, forEachReference } from "@newsdoc/core/kit";

/**
 * The article with only those of `added` entities that something refers to
 * (a mention, a quote's speaker, another kept entity's affiliation, …): a
 * shared registry merged in for annotating leaves no unreferenced entities
 * behind. Entities the article had before are always kept.
 */
export function keepReferenced(article: Article, added: ReadonlySet<string>): Article {
  const own: Entity[] = article.entities.filter((e) => !added.has(e.id));
  let kept = new Set<string>();
  for (;;) {
    const candidate = {
      ...article,
      entities: article.entities.filter((e) => !added.has(e.id) || kept.has(e.id)),
    };
    const next = new Set<string>();
    forEachReference(candidate, (site) => {
      if (added.has(site.id)) next.add(site.id);
    });
    if (next.size === kept.size && [...next].every((id) => kept.has(id))) {
      return {
        ...article,
        entities: [...own, ...article.entities.filter((e) => added.has(e.id) && kept.has(e.id))],
      };
    }
    kept = new Set([...kept, ...next]);
  }
}
