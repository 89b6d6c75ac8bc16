import type { Article } from "../model/article.js";
import type { Block } from "../model/block.js";
import type { Claim, Stance } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Inline, Mention, QuoteSpan } from "../model/inline.js";
import type { Quote } from "../model/quote.js";
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
}

const EMPTY: readonly never[] = Object.freeze([]);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // First one wins, as validation reports the later duplicates.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

interface InlineRefs {
  mentions: Map<string, Mention[]>;
  spans: Map<string, QuoteSpan[]>;
}

function collectInlineRefs(article: Article): InlineRefs {
  const refs: InlineRefs = { mentions: new Map(), spans: new Map() };
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  // An explicit stack instead of recursion: deep input must not overflow it.
  const stack: (Inline | Block | { type: "listItem"; children: Inline[] })[] = [];
  const pushAll = (nodes: readonly (typeof stack)[number][]) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  };
  if (article.image?.caption) pushAll(article.image.caption);
  pushAll(article.body);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") continue;
    switch (node.type) {
      case "mention":
        push(refs.mentions, node.entity, node);
        break;
      case "quote":
        push(refs.spans, node.quote, node);
        pushAll(node.children);
        break;
      case "figure":
        if (node.image.caption) pushAll(node.image.caption);
        break;
      case "paragraph":
      case "heading":
      case "blockquote":
      case "list":
      case "listItem":
      case "emphasis":
      case "strong":
      case "link":
        pushAll(node.children);
        break;
      default:
        break;
    }
  }
  return refs;
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
  let quotesBySpeaker: Map<string, Quote[]> | undefined;
  let stancesByEntity: Map<string, StanceOnClaim[]> | undefined;
  let inlineRefs: InlineRefs | undefined;

  return {
    entities,
    quotes,
    claims,
    entity: (id) => entities.get(id),
    quote: (id) => quotes.get(id),
    claim: (id) => claims.get(id),
    requireEntity(id) {
      const entity = entities.get(id);
      if (entity) return entity;
      throw new NewsdocRenderError(
        "unknown_reference",
        `The article references entity "${id}", which is not in article.entities. Validate the article with parseArticle() before rendering.`,
      );
    },
    requireQuote(id) {
      const quote = quotes.get(id);
      if (quote) return quote;
      throw new NewsdocRenderError(
        "unknown_reference",
        `The article references quote "${id}", which is not in article.quotes. Validate the article with parseArticle() before rendering.`,
      );
    },
    quotesBy(entityId) {
      quotesBySpeaker ??= groupBy(article.quotes, (q) => q.speaker);
      return quotesBySpeaker.get(entityId) ?? EMPTY;
    },
    stancesBy(entityId) {
      if (!stancesByEntity) {
        const all: StanceOnClaim[] = [];
        for (const claim of article.claims)
          for (const stance of claim.stances) all.push({ claim, stance });
        stancesByEntity = groupBy(all, (s) => s.stance.by);
      }
      return stancesByEntity.get(entityId) ?? EMPTY;
    },
    mentionsOf(entityId) {
      inlineRefs ??= collectInlineRefs(article);
      return inlineRefs.mentions.get(entityId) ?? EMPTY;
    },
    spansOf(quoteId) {
      inlineRefs ??= collectInlineRefs(article);
      return inlineRefs.spans.get(quoteId) ?? EMPTY;
    },
  };
}
