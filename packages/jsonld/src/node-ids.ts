import type { Entity } from "@newsdoc/core/kit";

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
export function idBaseOf(url: string | undefined): string {
  if (url === undefined) return "";
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/** The `@id`s of one graph. */
export interface NodeIds {
  readonly article: string;
  readonly image: string;
  /** The n-th figure of the body (1-based, document order). */
  figure(n: number): string;
  /** An entity's node, `#<kind>-<id>`, or the `@id` the caller mapped it to. */
  entity(entity: Entity): string;
  quote(id: string): string;
  claim(id: string): string;
}

/**
 * The `@id` scheme: `${base}#article`, `${base}#image`, `${base}#figure-<n>`,
 * `${base}#<kind>-<entity id>` (kind: person, organization, place, event,
 * creativework), `${base}#quote-<id>`, `${base}#claim-<id>`.
 */
export function createNodeIds(base: string, external: Readonly<Record<string, string>>): NodeIds {
  const entityCache = new Map<Entity, string>();
  return {
    article: `${base}#article`,
    image: `${base}#image`,
    figure: (n) => `${base}#figure-${n}`,
    entity(entity) {
      let id = entityCache.get(entity);
      if (id === undefined) {
        id = Object.hasOwn(external, entity.id)
          ? external[entity.id]!
          : `${base}#${entity.type.toLowerCase()}-${encodeIdPart(entity.id)}`;
        entityCache.set(entity, id);
      }
      return id;
    },
    quote: (id) => `${base}#quote-${encodeIdPart(id)}`,
    claim: (id) => `${base}#claim-${encodeIdPart(id)}`,
  };
}
