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
 * derived lists (mentions, quote spans) are built on first use. Its
 * methods are called on it, as a `Map`'s are (`ctx.lookup.entity(id)`),
 * not taken off it.
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
  return new Index(article);
}

function missing(kind: string, list: string, id: string): never {
  throw new NewsdocRenderError(
    "unknown_reference",
    `The article references ${kind} "${id}", which is not in article.${list}. Validate the article with parseArticle() before rendering.`,
  );
}

/**
 * The look-ups, as one object: its methods live on the prototype, so a
 * render makes the three maps and this object, not a closure per method
 * (toHtml about 2% faster, bench/HISTORY.md).
 */
class Index implements ArticleIndex {
  readonly entities: Map<string, Entity>;
  readonly quotes: Map<string, Quote>;
  readonly claims: Map<string, Claim>;
  readonly #article: Article;
  #derived: Derived | undefined = undefined;
  #anchors: ReadonlyMap<Heading, string> | undefined = undefined;

  constructor(article: Article) {
    this.#article = article;
    this.entities = byId(article.entities);
    this.quotes = byId(article.quotes);
    this.claims = byId(article.claims);
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  quote(id: string): Quote | undefined {
    return this.quotes.get(id);
  }

  claim(id: string): Claim | undefined {
    return this.claims.get(id);
  }

  requireEntity(id: string): Entity {
    return this.entities.get(id) ?? missing("entity", "entities", id);
  }

  requireQuote(id: string): Quote {
    return this.quotes.get(id) ?? missing("quote", "quotes", id);
  }

  quotesBy(entityId: string): readonly Quote[] {
    return this.#list("quotes", entityId) as readonly Quote[];
  }

  stancesBy(entityId: string): readonly StanceOnClaim[] {
    return this.#list("stances", entityId) as readonly StanceOnClaim[];
  }

  mentionsOf(entityId: string): readonly Mention[] {
    return this.#list("mentions", entityId) as readonly Mention[];
  }

  spansOf(quoteId: string): readonly QuoteSpan[] {
    return this.#list("spans", quoteId) as readonly QuoteSpan[];
  }

  anchorOf(heading: Heading): string {
    this.#anchors ??= headingAnchors(this.#article);
    return (
      this.#anchors.get(heading) ??
      heading.id ??
      (headingSlug(plainText(heading)) || EMPTY_HEADING_ANCHOR)
    );
  }

  #list(key: keyof Derived, id: string): readonly unknown[] {
    this.#derived ??= derive(this.#article);
    return this.#derived[key].get(id) ?? EMPTY;
  }
}
