import type { Article } from "../model/article.js";
import type { Claim, StanceKind } from "../model/claim.js";
import { STANCE_KINDS } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Quote } from "../model/quote.js";
import { type ArticleIndex, createIndex } from "./create-index.js";
import { DEFAULT_LABELS, type Labels } from "./labels.js";

/** One quote with its references resolved, for a "who said what" listing. */
export interface QuoteEntry {
  quote: Quote;
  /** The channel that carried it, when the quote names one that resolves. */
  via?: Entity;
  /** The audience's entity, when the quote names one that resolves. */
  audience?: Entity;
}

/** A speaker and their quotes, in article order. */
export interface SpeakerQuotes {
  speaker: Entity;
  quotes: QuoteEntry[];
}

/** One party to a claim, with the quote in which it takes its side. */
export interface ClaimParty {
  entity: Entity;
  quote?: Quote;
}

/** The parties taking one kind of stance on a claim. */
export interface StanceGroup {
  stance: StanceKind;
  /** `labels.stances[stance]`: by default "asserts", "denies", "neither asserts nor denies", "cannot verify". */
  label: string;
  parties: ClaimParty[];
}

/** A claim with its stances grouped by kind (empty kinds left out). */
export interface ClaimEntry {
  claim: Claim;
  stances: StanceGroup[];
}

function resolve(index: ArticleIndex, id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : index.entity(id);
}

/**
 * The data of a "Who said what" section: each speaker, in the order of their
 * first quote, with their quotes (channel and audience resolved). Speakers
 * that do not resolve are left out — a validated article has none.
 *
 * @example
 * ```ts
 * for (const { speaker, quotes } of quoteAppendix(article)) {
 *   console.log(speaker.name, quotes.map((q) => q.quote.text));
 * }
 * ```
 */
export function quoteAppendix(
  article: Article,
  index: ArticleIndex = createIndex(article),
): SpeakerQuotes[] {
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const quote of article.quotes) {
    let group = bySpeaker.get(quote.speaker);
    if (!group) {
      const speaker = index.entity(quote.speaker);
      if (!speaker) continue;
      group = { speaker, quotes: [] };
      bySpeaker.set(quote.speaker, group);
    }
    const entry: QuoteEntry = { quote };
    const via = resolve(index, quote.via);
    if (via) entry.via = via;
    const audience = resolve(index, quote.audience?.entity);
    if (audience) entry.audience = audience;
    group.quotes.push(entry);
  }
  return [...bySpeaker.values()];
}

/**
 * The data of a claims section: each claim with its parties grouped by
 * stance, in the order asserts, denies, neither, cannot verify, each
 * group named by `labels.stances` (the renderers' `labels` option).
 *
 * @example
 * ```ts
 * for (const { claim, stances } of claimAppendix(article)) {
 *   console.log(claim.statement);
 *   for (const g of stances) console.log(`  ${g.label}: ${g.parties.map((p) => p.entity.name).join(", ")}`);
 * }
 * ```
 */
export function claimAppendix(
  article: Article,
  index: ArticleIndex = createIndex(article),
  labels: Readonly<Labels> = DEFAULT_LABELS,
): ClaimEntry[] {
  return article.claims.map((claim) => {
    const stances: StanceGroup[] = [];
    for (const kind of STANCE_KINDS) {
      const parties: ClaimParty[] = [];
      for (const stance of claim.stances) {
        if (stance.stance !== kind) continue;
        const entity = index.entity(stance.by);
        if (!entity) continue;
        const party: ClaimParty = { entity };
        const quote = stance.quote === undefined ? undefined : index.quote(stance.quote);
        if (quote) party.quote = quote;
        parties.push(party);
      }
      if (parties.length > 0) stances.push({ stance: kind, label: labels.stances[kind], parties });
    }
    return { claim, stances };
  });
}
