import type { Entity } from "../model/entity.js";

/**
 * Where a mention of an entity links to: its own `url`, else its first
 * `sameAs` (Wikidata, Wikipedia), else `undefined` (render plain words).
 *
 * @example
 * ```ts
 * entityHref({ type: "Place", id: "syria", name: "Syria", sameAs: ["https://www.wikidata.org/wiki/Q858"] });
 * // "https://www.wikidata.org/wiki/Q858"
 * ```
 */
export function entityHref(entity: Entity): string | undefined {
  return entity.url ?? entity.sameAs?.[0];
}
