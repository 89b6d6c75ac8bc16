import type { Article } from "@newsdoc/core/kit";

/**
 * A hand-written NewsArticle object (article, people, organisations, no
 * quotes or claims) serialised with JSON.stringify — what a site might do
 * without a library. Not escaped for HTML: that is the point of comparison.
 */
export function jsonLdByHand(article: Article): string {
  const graph: Record<string, unknown>[] = [
    {
      "@type": "NewsArticle",
      "@id": `${article.url ?? ""}#article`,
      headline: article.headline,
      alternativeHeadline: article.alternativeHeadline,
      inLanguage: article.language,
      author: article.authors.map((id) => ({ "@id": `#${id}` })),
      mentions: article.entities.map((e) => ({ "@id": `#${e.id}` })),
    },
  ];
  for (const e of article.entities) {
    graph.push({
      "@type": e.type,
      "@id": `#${e.id}`,
      name: e.name,
      description: e.description,
      sameAs: e.sameAs,
    });
  }
  return JSON.stringify({ "@context": "https://schema.org", "@graph": graph });
}
