import {
  type Article,
  createIndex,
  ENTITY_TYPES,
  type EntityType,
  QUOTE_MODES,
  type QuoteMode,
} from "@newsdoc/core/kit";

/** What an article holds, counted. */
export interface ArticleSummary {
  headline: string;
  /** Entities per kind, every kind present (zero when none). */
  entities: Record<EntityType, number>;
  /** Quotes per mode, every mode present (zero when none). */
  quotes: Record<QuoteMode, number>;
  claims: number;
  /** Stances taken on the claims, all claims together. */
  stances: number;
  /** Mention nodes in the body and captions. */
  mentions: number;
}

/**
 * Counts an article's entities by kind, quotes by mode, claims, stances and
 * mentions.
 *
 * @example
 * ```ts
 * summarise(article).quotes; // { direct: 4, partial: 2, indirect: 5 }
 * ```
 */
export function summarise(article: Article): ArticleSummary {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<
    EntityType,
    number
  >;
  for (const entity of article.entities) entities[entity.type]++;
  const quotes = Object.fromEntries(QUOTE_MODES.map((m) => [m, 0])) as Record<QuoteMode, number>;
  for (const quote of article.quotes) quotes[quote.mode]++;
  const index = createIndex(article);
  let mentions = 0;
  for (const entity of index.entities.keys()) mentions += index.mentionsOf(entity).length;
  return {
    headline: article.headline,
    entities,
    quotes,
    claims: article.claims.length,
    stances: article.claims.reduce((n, claim) => n + claim.stances.length, 0),
    mentions,
  };
}

/** `total (a 1, b 2)`, leaving out the zero counts. */
function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  const total = entries.reduce((n, [, count]) => n + count, 0);
  const parts = entries.filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`);
  return parts.length > 0 ? `${total} (${parts.join(", ")})` : String(total);
}

/**
 * The summary as aligned lines for a terminal.
 *
 * @example
 * ```ts
 * formatSummary(summarise(article)).join("\n");
 * // entities  38 (Person 12, Organization 16, …)
 * ```
 */
export function formatSummary(summary: ArticleSummary): string[] {
  return [
    `entities  ${breakdown(summary.entities)}`,
    `mentions  ${summary.mentions}`,
    `quotes    ${breakdown(summary.quotes)}`,
    `claims    ${summary.claims} (${summary.stances} ${summary.stances === 1 ? "stance" : "stances"})`,
  ];
}
