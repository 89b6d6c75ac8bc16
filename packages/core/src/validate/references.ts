import type { Article } from "../model/article.js";
import type { EntityType } from "../model/entity.js";
import type { IssuePath, Registry } from "./issue.js";

/** One kind of place where an article refers to something by id: which registry, which kinds, what for. */
export interface ReferenceSite {
  /** The registry the id must be in. */
  readonly registry: Registry;
  /** What the reference is, for messages: "an author", "a quote's speaker". */
  readonly role: string;
  /** The entity kinds allowed here; `undefined` allows any kind. */
  readonly kinds?: readonly EntityType[];
  /** True for a `mention` node: the text names the entity there. */
  readonly mention?: true;
}

/** What {@link walkReferences} calls: every reference, and every quote span with its children. */
export interface ReferenceVisitor {
  /**
   * A reference: `id` as written, `path` where it is written. `path` is the
   * walk's own stack, valid only during the call: copy it to keep it.
   */
  reference(site: ReferenceSite, id: string, path: IssuePath): void;
  /** A quote span (`{ type: "quote" }`), after its references; `path` as above. */
  quoteSpan?(span: Record<string, unknown>, path: IssuePath): void;
}

const PERSON_OR_ORG = ["Person", "Organization"] as const;
const ORG = ["Organization"] as const;
const PLACE = ["Place"] as const;

const site = (registry: Registry, role: string, kinds?: readonly EntityType[]): ReferenceSite =>
  kinds ? { registry, role, kinds } : { registry, role };

/** The one table of which field may point at what, by owner. */
const SITES = {
  author: site("entities", "an author", PERSON_OR_ORG),
  publisher: site("entities", "the publisher", ORG),
  about: site("entities", "what the article is about"),
  creator: site("entities", "an image's creator", PERSON_OR_ORG),
  provider: site("entities", "an image's provider", ORG),
  imageAbout: site("entities", "what an image shows"),
  affiliation: site("entities", "a person's affiliation", ORG),
  parentOrganization: site("entities", "a parent organization", ORG),
  containedInPlace: site("entities", "the place containing a place", PLACE),
  location: site("entities", "an event's location", PLACE),
  attendee: site("entities", "an event's attendee", PERSON_OR_ORG),
  workAuthor: site("entities", "a work's author", PERSON_OR_ORG),
  workPublisher: site("entities", "a work's publisher", ORG),
  speaker: site("entities", "a quote's speaker", PERSON_OR_ORG),
  via: site("entities", "the channel a quote came through", [
    "Organization",
    "CreativeWork",
    "Person",
  ]),
  audience: site("entities", "a quote's audience", PERSON_OR_ORG),
  quoteClaim: site("claims", "a quote's claim"),
  stanceBy: site("entities", "who takes a stance", PERSON_OR_ORG),
  stanceQuote: site("quotes", "a stance's quote"),
  blockquote: site("quotes", "a blockquote's quote"),
  mention: { registry: "entities", role: "a mention", mention: true },
  quoteSpan: site("quotes", "a quote span"),
} satisfies Record<string, ReferenceSite>;

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
const asArray = (value: unknown): readonly unknown[] | undefined =>
  Array.isArray(value) ? value : undefined;

/**
 * Walks every reference of an article once, in a stable order — metadata
 * (with the lead image and its caption), entities, quotes, claims, then the
 * body in document order — and every quote span. Reads defensively: it runs
 * on input the schema rejected too (after the pre-walk has made sure it is
 * finite, acyclic JSON data), and skips whatever is not of the right shape
 * (the schema reports that), so every well-formed part is still checked.
 * Builds no path arrays: it keeps one stack and hands it to the visitor.
 */
export function walkReferences(input: unknown, visitor: ReferenceVisitor): void {
  const article = asObject(input);
  if (!article) return;
  const path: IssuePath = [];
  const ref = (s: ReferenceSite, owner: Obj, key: string) => {
    const id = owner[key];
    if (typeof id !== "string") return;
    path.push(key);
    visitor.reference(s, id, path);
    path.pop();
  };
  const refs = (s: ReferenceSite, owner: Obj, key: string) => {
    const ids = asArray(owner[key]);
    if (!ids) return;
    path.push(key);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (typeof id !== "string") continue;
      path.push(i);
      visitor.reference(s, id, path);
      path.pop();
    }
    path.pop();
  };
  const image = (owner: Obj, key: string) => {
    const img = asObject(owner[key]);
    if (!img) return;
    path.push(key);
    const credit = asObject(img.credit);
    if (credit) {
      path.push("credit");
      refs(SITES.creator, credit, "creators");
      refs(SITES.provider, credit, "providers");
      path.pop();
    }
    refs(SITES.imageAbout, img, "about");
    children(img, "caption", inline);
    path.pop();
  };
  const each = (owner: Obj, key: string, visit: (item: Obj) => void) => {
    const list = asArray(owner[key]);
    if (!list) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) {
      const item = asObject(list[i]);
      if (!item) continue;
      path.push(i);
      visit(item);
      path.pop();
    }
    path.pop();
  };
  const children = (owner: Obj, key: string, visit: (node: Obj) => void) => each(owner, key, visit);

  // Nodes: which fields hold references and children, by type.
  function block(node: Obj): void {
    switch (node.type) {
      case "paragraph":
      case "heading":
        children(node, "children", inline);
        return;
      case "list":
        children(node, "children", (item) => children(item, "children", inline));
        return;
      case "blockquote":
        ref(SITES.blockquote, node, "quote");
        children(node, "children", block);
        return;
      case "figure":
        image(node, "image");
        return;
    }
  }
  function inline(node: Obj): void {
    switch (node.type) {
      case "mention":
        ref(SITES.mention, node, "entity");
        return;
      case "quote":
        ref(SITES.quoteSpan, node, "quote");
        visitor.quoteSpan?.(node, path);
        children(node, "children", inline);
        return;
      case "emphasis":
      case "strong":
      case "link":
        children(node, "children", inline);
        return;
    }
  }

  refs(SITES.author, article, "authors");
  ref(SITES.publisher, article, "publisher");
  refs(SITES.about, article, "about");
  image(article, "image");
  each(article, "entities", (e) => {
    switch (e.type) {
      case "Person":
        ref(SITES.affiliation, e, "affiliation");
        return;
      case "Organization":
        ref(SITES.parentOrganization, e, "parentOrganization");
        return;
      case "Place":
        ref(SITES.containedInPlace, e, "containedInPlace");
        return;
      case "Event":
        ref(SITES.location, e, "location");
        refs(SITES.attendee, e, "attendees");
        return;
      case "CreativeWork":
        refs(SITES.workAuthor, e, "authors");
        ref(SITES.workPublisher, e, "publisher");
        return;
    }
  });
  each(article, "quotes", (q) => {
    ref(SITES.speaker, q, "speaker");
    ref(SITES.via, q, "via");
    const audience = asObject(q.audience);
    if (audience) {
      path.push("audience");
      ref(SITES.audience, audience, "entity");
      path.pop();
    }
    ref(SITES.quoteClaim, q, "claim");
  });
  each(article, "claims", (c) =>
    each(c, "stances", (s) => {
      ref(SITES.stanceBy, s, "by");
      ref(SITES.stanceQuote, s, "quote");
    }),
  );
  children(article, "body", block);
}

/** One place where the article refers to something by id (see {@link collectReferences}). */
export interface Reference {
  /** The registry the id must be in. */
  target: "entity" | "quote" | "claim";
  /** The id as written. */
  id: string;
  /** Where the id is written. */
  path: IssuePath;
  /** What the reference is, for messages: "an author", "a quote's speaker". */
  role: string;
  /** The entity kinds allowed here; `undefined` allows any kind. */
  kinds?: readonly EntityType[];
  /** True for a `mention` node: the text names the entity there. */
  mention?: true;
}

const TARGET = { entities: "entity", quotes: "quote", claims: "claim" } as const;

/**
 * Every reference in the article, in a stable order: metadata (with the
 * lead image), entities, quotes, claims, then the body in document order.
 *
 * @example
 * ```ts
 * const speakers = collectReferences(article).filter((r) => r.role === "a quote's speaker");
 * ```
 */
export function collectReferences(article: Article): Reference[] {
  const out: Reference[] = [];
  walkReferences(article, {
    reference(s, id, path) {
      const r: Reference = { target: TARGET[s.registry], id, path: path.slice(), role: s.role };
      if (s.kinds) r.kinds = s.kinds;
      if (s.mention) r.mention = true;
      out.push(r);
    },
  });
  return out;
}
