import type { Article } from "./article.js";
import { elementSpec } from "./element-spec.js";
import { NODE_TABLE, type ReferenceField } from "./node-table.js";
import { RECORD_TABLE } from "./record-table.js";
import { visit } from "./visit.js";

/**
 * One place where the article refers to something by id. One object per
 * walk, updated in place: read it inside the callback, do not keep it.
 */
export interface ReferenceSite {
  /** The id as written. */
  readonly id: string;
  /** The field: registry, allowed kinds, role, whether it is a mention. */
  readonly field: ReferenceField<never>;
  /** The position in the field's list of ids; -1 for a single id. */
  readonly index: number;
  /** The JSON path to the id (`["quotes", 2, "speaker"]`). Built on call. */
  path(): (string | number)[];
}

/**
 * Calls `fn` for every reference in the article, in a stable order: the
 * article's own fields (authors, publisher, about, lead image), entities,
 * quotes, claims' stances, then the body and captions in document order.
 * The fields come from {@link NODE_TABLE} and {@link RECORD_TABLE}, so a
 * reference field added there is found here.
 *
 * @example
 * ```ts
 * const mentioned = new Set<string>();
 * forEachReference(article, (ref) => { if (ref.field.mention) mentioned.add(ref.id); });
 * ```
 */
export function forEachReference(article: Article, fn: (site: ReferenceSite) => void): void {
  let base: () => (string | number)[] = () => [];
  const site = {
    id: "",
    field: undefined as unknown as ReferenceField<never>,
    index: -1,
    path(): (string | number)[] {
      const out = base();
      for (const key of site.field.path) out.push(key);
      if (site.index >= 0) out.push(site.index);
      return out;
    },
  };
  const fields = (owner: unknown, list: readonly ReferenceField<never>[]) => {
    for (const field of list) {
      const value = field.get(owner as never);
      if (value === undefined) continue;
      site.field = field;
      if (typeof value === "string") {
        site.id = value;
        site.index = -1;
        fn(site);
      } else {
        for (let i = 0; i < value.length; i++) {
          site.id = value[i]!;
          site.index = i;
          fn(site);
        }
      }
    }
  };

  fields(article, NODE_TABLE.article.references as readonly ReferenceField<never>[]);
  article.entities.forEach((entity, i) => {
    base = () => ["entities", i];
    const list = RECORD_TABLE.entity[entity.type] as readonly ReferenceField<never>[] | undefined;
    if (list) fields(entity, list);
  });
  article.quotes.forEach((quote, i) => {
    base = () => ["quotes", i];
    fields(quote, RECORD_TABLE.quote as readonly ReferenceField<never>[]);
  });
  article.claims.forEach((claim, i) => {
    claim.stances.forEach((stance, j) => {
      base = () => ["claims", i, "stances", j];
      fields(stance, RECORD_TABLE.stance as readonly ReferenceField<never>[]);
    });
  });
  let position: { path(): (string | number)[] } | undefined;
  base = () => position!.path();
  const slots = NODE_TABLE.article.slots;
  for (const slot of slots) {
    const nodes = slot.get(article);
    if (nodes === undefined) continue;
    visit(nodes, (node, at) => {
      if (typeof node === "string" || !("type" in node)) return;
      const refs = elementSpec(node.type)!.references;
      if (refs.length === 0) return;
      position = {
        path: () => {
          const out: (string | number)[] = [...slot.path];
          for (const key of at.path()) out.push(key);
          return out;
        },
      };
      fields(node, refs as readonly ReferenceField<never>[]);
    });
  }
}
