import type { Article } from "@newsdoc/core/kit";

/** Keys whose string value is a reference to (or the id of) an entity, quote or claim. */
const REF_KEYS = new Set([
  "id",
  "entity",
  "quote",
  "speaker",
  "via",
  "claim",
  "by",
  "affiliation",
  "parentOrganization",
  "containedInPlace",
  "location",
  "publisher",
]);
/** Keys whose value is an array of references. */
const REF_ARRAY_KEYS = new Set(["attendees", "authors", "creators", "providers", "about"]);

function withSuffix<T>(value: T, suffix: string): T {
  if (Array.isArray(value)) return value.map((v) => withSuffix(v, suffix)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (REF_KEYS.has(key) && typeof v === "string") out[key] = v + suffix;
    else if (REF_ARRAY_KEYS.has(key) && Array.isArray(v))
      out[key] = v.map((x) => (typeof x === "string" ? x + suffix : x));
    else out[key] = withSuffix(v, suffix);
  }
  return out as T;
}

/**
 * The article replicated `times` times: body, entities, quotes and claims
 * copied with unique ids (`<id>~<n>`) and every reference in a copy
 * rewritten to the copy's registry, so the result is as valid as the input.
 * Article-level metadata (headline, image, authors) is kept once.
 */
export function scaleArticle(article: Article, times: number): Article {
  if (times <= 1) return article;
  const body = [...article.body];
  const entities = [...article.entities];
  const quotes = [...article.quotes];
  const claims = [...article.claims];
  for (let n = 1; n < times; n++) {
    const suffix = `~${n}`;
    body.push(...withSuffix(article.body, suffix));
    entities.push(...withSuffix(article.entities, suffix));
    quotes.push(...withSuffix(article.quotes, suffix));
    claims.push(...withSuffix(article.claims, suffix));
  }
  return { ...article, body, entities, quotes, claims };
}
