import type { Claim, Entity, EntityType, Quote, QuoteMode } from "@newsdoc/core";
import { isHttpUrl, QUOTATION_MARKS, quoteSpanWords } from "@newsdoc/core";
import type { HtmlRegistry } from "./options.js";
import type { ImportReportItem } from "./report.js";

/** A quote the page's JSON-LD describes, completed when the body shows it. */
export interface QuoteHint {
  speaker?: string;
  text?: string;
  via?: string;
}

/** What a reference is used as; decides which entity types are acceptable. */
export type EntityRole = "mention" | "speaker" | "author" | "publisher" | "via" | "dateline";

const ALLOWED: Readonly<Record<EntityRole, readonly EntityType[] | undefined>> = {
  mention: undefined,
  speaker: ["Person", "Organization"],
  author: ["Person", "Organization"],
  publisher: ["Organization"],
  via: ["Organization", "CreativeWork"],
  dateline: ["Place"],
};

const AUTHORITY = /^https?:\/\/([a-z]+\.)?(wikidata\.org|wikipedia\.org)\//i;

/**
 * The article's registries as the import builds them: what the options
 * gave, then what the page's JSON-LD describes, then entities and quotes
 * created for hooks neither knew (each reported).
 */
export class RegistryBuilder {
  readonly entities = new Map<string, Entity>();
  readonly quotes = new Map<string, Quote>();
  readonly claims = new Map<string, Claim>();
  /** Entities the JSON-LD describes; they join the registry when first used or at the end. */
  readonly hintedEntities = new Map<string, Entity>();
  readonly quoteHints = new Map<string, QuoteHint>();
  private readonly report: ImportReportItem[];

  constructor(registry: HtmlRegistry | undefined, report: ImportReportItem[]) {
    this.report = report;
    for (const e of registry?.entities ?? []) this.entities.set(e.id, e);
    for (const q of registry?.quotes ?? []) this.quotes.set(q.id, q);
    for (const c of registry?.claims ?? []) this.claims.set(c.id, c);
  }

  /** Adds the entities the page's JSON-LD describes (the registry's own win). */
  addHintedEntity(entity: Entity): void {
    if (!this.entities.has(entity.id)) this.entities.set(entity.id, entity);
  }

  /**
   * The entity `id` for a hook used as `role`, creating it (a Person, or an
   * Organization for a publisher, named by `words`) when the registry and
   * the JSON-LD do not know it. `undefined` when it cannot be used in that
   * role (the caller keeps the words and reports why).
   */
  entity(
    id: string,
    role: EntityRole,
    words: string | undefined,
    href: string | undefined,
    at: Pick<ImportReportItem, "element" | "path" | "location">,
  ): Entity | undefined {
    if (!/\S/.test(id)) return undefined;
    let entity = this.entities.get(id);
    if (entity === undefined) {
      const name = words !== undefined && /\S/.test(words) ? words.trim() : id;
      const type: EntityType =
        role === "publisher" || role === "via"
          ? "Organization"
          : role === "dateline"
            ? "Place"
            : "Person";
      const created: Entity = { type, id, name };
      if (href !== undefined && isHttpUrl(href)) {
        if (AUTHORITY.test(href)) created.sameAs = [href];
        else created.url = href;
      }
      entity = created;
      this.entities.set(id, entity);
      this.report.push({
        kind: "created",
        reason: "entity",
        message: `No entity "${id}" in the registry or the page's JSON-LD: created a ${type} named ${JSON.stringify(name)}. Pass the registry (options.registry) to keep the real one.`,
        value: id,
        ...at,
      });
    }
    const allowed = ALLOWED[role];
    if (allowed !== undefined && !allowed.includes(entity.type)) return undefined;
    return entity;
  }

  /**
   * The quote `id` for a span that shows `shown` (its plain text, marks
   * and all): the registry's when its text matches the span's words, else one created with the JSON-LD's details or the
   * span's `data-speaker`. `undefined` (with a reason) when neither works.
   */
  quote(
    id: string,
    shown: string,
    speakerId: string | undefined,
    at: Pick<ImportReportItem, "element" | "path" | "location">,
  ): { quote: Quote } | { problem: string } {
    if (!/\S/.test(id)) return { problem: "its data-quote is blank" };
    const words = quoteSpanWords(shown);
    const known = this.quotes.get(id);
    if (known !== undefined) {
      return known.text === words
        ? { quote: known }
        : {
            problem: `its words ${JSON.stringify(words)} are not the text of quote "${id}" (${JSON.stringify(known.text)})`,
          };
    }
    if (!/\S/.test(words)) return { problem: "its words are blank" };
    const hint = this.quoteHints.get(id);
    const speaker = speakerId ?? hint?.speaker;
    if (speaker === undefined) {
      return { problem: `quote "${id}" is not in the registry and the span names no speaker` };
    }
    const entity = this.entity(speaker, "speaker", undefined, undefined, at);
    if (entity === undefined) {
      return { problem: `its speaker "${speaker}" is not a Person or Organization` };
    }
    const quote: Quote = { id, speaker: entity.id, text: words, mode: guessMode(shown) };
    if (hint?.via !== undefined) {
      const via = this.entities.get(hint.via);
      if (via !== undefined && (via.type === "Organization" || via.type === "CreativeWork")) {
        quote.via = via.id;
      }
    }
    this.quotes.set(id, quote);
    this.report.push({
      kind: "created",
      reason: "quote",
      message: `No quote "${id}" in the registry: created one said by "${entity.id}" from the span's words, mode "${quote.mode}" (guessed from its quotation marks). Pass the registry (options.registry) to keep the real one.`,
      value: id,
      ...at,
    });
    return { quote };
  }
}

/** The words in their span: a direct quote shows its marks. */
function guessMode(shown: string): QuoteMode {
  const first = shown.trim()[0];
  return first !== undefined && QUOTATION_MARKS.includes(first) ? "direct" : "indirect";
}
