import type { Entity } from "@newsdoc/core/kit";

/** The kind part of an entity's `@id`, by entity type. */
const KINDS: Readonly<Record<string, string>> = {
  Person: "person",
  Organization: "organization",
  Place: "place",
  Event: "event",
  CreativeWork: "creativework",
};

const FRAGMENT_SAFE = /^[A-Za-z0-9._~-]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a model id safe inside an IRI fragment: unreserved characters stay,
 * everything else is percent-encoded as UTF-8. A lone surrogate (which
 * `parseArticle` rejects) becomes U+FFFD rather than a crash.
 *
 * @example
 * ```ts
 * encodeIdPart("peskov"); // "peskov"
 * encodeIdPart("al-Muallem #2"); // "al-Muallem%20%232"
 * ```
 */
export function encodeIdPart(id: string): string {
  if (FRAGMENT_SAFE.test(id)) return id;
  return encodeURIComponent(id.replace(LONE_SURROGATE, "\uFFFD"));
}

/** The base of every `@id`: the URL up to (not including) its fragment. */
export function idBaseOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/** The `@id`s of one graph. */
export interface NodeIds {
  readonly article: string;
  readonly image: string;
  /** The n-th rendition of the lead image (1-based). */
  rendition(n: number): string;
  /** The page's `BreadcrumbList`. */
  readonly breadcrumb: string;
  /** The n-th figure of the body (1-based, document order). */
  figure(n: number): string;
  /** The n-th video, audio or embed of the body that has a node (1-based per kind): `#video-1`, `#audio-1`, `#embed-1`. */
  media(kind: "video" | "audio" | "embed", n: number): string;
  /** An entity's node, `#<kind>-<id>`, or the `@id` the caller mapped it to. */
  entity(entity: Entity): string;
  quote(id: string): string;
  claim(id: string): string;
}

/**
 * The `@id` scheme: `${base}#article`, `${base}#image`, `${base}#figure-<n>`,
 * `${base}#video-<n>` / `#audio-<n>` / `#embed-<n>`,
 * `${base}#<kind>-<entity id>` (kind: person, organization, place, event,
 * creativework), `${base}#quote-<id>`, `${base}#claim-<id>`. Without a base
 * (no URL, `idBase` or site), the same names become blank-node ids
 * (`_:article`, `_:person-peskov`): a relative `#article` would make an RDF
 * processor with no base drop every node, while a blank node is always
 * kept. `fixed` maps entity ids to an `@id` of their own (external nodes,
 * site-wide publisher and author ids).
 */
export function createNodeIds(
  base: string | undefined,
  fixed: Readonly<Record<string, string>>,
): NodeIds {
  const at = base === undefined || base === "" ? "_:" : `${base}#`;
  return {
    article: `${at}article`,
    image: `${at}image`,
    rendition: (n) => `${at}image-${n}`,
    breadcrumb: `${at}breadcrumb`,
    figure: (n) => `${at}figure-${n}`,
    media: (kind, n) => `${at}${kind}-${n}`,
    // Not cached: the graph context keeps each entity's @id with its entry.
    entity: (entity) =>
      Object.hasOwn(fixed, entity.id)
        ? fixed[entity.id]!
        : `${at}${KINDS[entity.type] ?? entity.type.toLowerCase()}-${encodeIdPart(entity.id)}`,
    quote: (id) => `${at}quote-${encodeIdPart(id)}`,
    claim: (id) => `${at}claim-${encodeIdPart(id)}`,
  };
}
