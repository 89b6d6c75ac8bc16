import type { Article } from "../model/article.js";
import type { Heading } from "../model/block.js";
import type { Claim, Stance } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Mention, QuoteSpan } from "../model/inline.js";
import type { Quote } from "../model/quote.js";
import { walkNodes } from "../model/walk-nodes.js";
import { EMPTY_HEADING_ANCHOR, headingAnchors } from "./heading-anchors.js";
import { headingSlug } from "./heading-slug.js";
import { plainText } from "./plain-text.js";
import { NewsdocRenderError } from "./render-error.js";

/** A stance together with the claim it is on. */
export interface StanceOnClaim {
  claim: Claim;
  stance: Stance;
}

/**
 * O(1) look-ups over one article, built once. Maps are keyed by id; the
 * derived lists (mentions, quote spans) are built on first use.
 */
export interface ArticleIndex {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly claims: ReadonlyMap<string, Claim>;
  /** The entity with this id, or `undefined`. */
  entity(id: string): Entity | undefined;
  /** The quote with this id, or `undefined`. */
  quote(id: string): Quote | undefined;
  /** The claim with this id, or `undefined`. */
  claim(id: string): Claim | undefined;
  /** Like `entity`, but throws a {@link NewsdocRenderError} naming the id when it is missing. */
  requireEntity(id: string): Entity;
  /** Like `quote`, but throws a {@link NewsdocRenderError} naming the id when it is missing. */
  requireQuote(id: string): Quote;
  /** Quotes whose speaker is this entity, in article order. */
  quotesBy(entityId: string): readonly Quote[];
  /** Stances this entity takes, with their claims, in article order. */
  stancesBy(entityId: string): readonly StanceOnClaim[];
  /** Mention nodes of this entity in the body and image captions, in document order. */
  mentionsOf(entityId: string): readonly Mention[];
  /** Quote span nodes of this quote in the body, in document order. */
  spansOf(quoteId: string): readonly QuoteSpan[];
  /**
   * A heading's anchor (its HTML `id`), unique in the article: see
   * `headingAnchors`. A heading that is not in the article (one a handler
   * made up) gets its own `id`, else its slug.
   */
  anchorOf(heading: Heading): string;
}

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(items[i]!.id, items[i]!);
  if (map.size === items.length) return map;
  // Duplicate ids (validation reports them): the first one wins, in order.
  map.clear();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** The derived look-ups, built together on the first call of any of them. */
interface Derived {
  quotes: Map<string, Quote[]>;
  stances: Map<string, StanceOnClaim[]>;
  mentions: Map<string, Mention[]>;
  spans: Map<string, QuoteSpan[]>;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function derive(article: Article): Derived {
  const d: Derived = {
    quotes: new Map(),
    stances: new Map(),
    mentions: new Map(),
    spans: new Map(),
  };
  for (const quote of article.quotes) add(d.quotes, quote.speaker, quote);
  for (const claim of article.claims)
    for (const stance of claim.stances) add(d.stances, stance.by, { claim, stance });
  // Through the node table, in document order (lead caption first); iterative, so deep input cannot overflow.
  walkNodes(article, (node, type) => {
    if (type === "mention") add(d.mentions, (node as Mention).entity, node as Mention);
    else if (type === "quote") add(d.spans, (node as QuoteSpan).quote, node as QuoteSpan);
  });
  return d;
}

/**
 * Builds the look-ups for one article: entities, quotes and claims by id,
 * quotes by speaker, stances by entity, mentions by entity, spans by quote.
 *
 * @example
 * ```ts
 * const index = createIndex(article);
 * index.entity("peskov")?.name; // "Dmitry Peskov"
 * index.quotesBy("peskov").length;
 * ```
 */
export function createIndex(article: Article): ArticleIndex {
  const entities = byId(article.entities);
  const quotes = byId(article.quotes);
  const claims = byId(article.claims);
  let derived: Derived | undefined;
  let anchors: ReadonlyMap<Heading, string> | undefined;
  const get = (key: keyof Derived, id: string): readonly unknown[] => {
    derived ??= derive(article);
    return derived[key].get(id) ?? EMPTY;
  };
  const need = <T>(map: Map<string, T>, kind: string, list: string, id: string): T => {
    const found = map.get(id);
    if (found) return found;
    throw new NewsdocRenderError(
      "unknown_reference",
      `The article references ${kind} "${id}", which is not in article.${list}. Validate the article with parseArticle() before rendering.`,
    );
  };
  return {
    entities,
    quotes,
    claims,
    entity: (id) => entities.get(id),
    quote: (id) => quotes.get(id),
    claim: (id) => claims.get(id),
    requireEntity: (id) => need(entities, "entity", "entities", id),
    requireQuote: (id) => need(quotes, "quote", "quotes", id),
    quotesBy: (id) => get("quotes", id) as readonly Quote[],
    stancesBy: (id) => get("stances", id) as readonly StanceOnClaim[],
    mentionsOf: (id) => get("mentions", id) as readonly Mention[],
    spansOf: (id) => get("spans", id) as readonly QuoteSpan[],
    anchorOf: (heading) => {
      anchors ??= headingAnchors(article);
      return (
        anchors.get(heading) ??
        heading.id ??
        (headingSlug(plainText(heading)) || EMPTY_HEADING_ANCHOR)
      );
    },
  };
}
