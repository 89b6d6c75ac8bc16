import type { Article } from "../model/article.js";
import { elementSpec } from "../model/element-spec.js";
import type { EntityType } from "../model/entity.js";
import { NODE_TABLE, type NodeSpec, type ReferenceField } from "../model/node-table.js";
import { RECORD_TABLE } from "../model/record-table.js";
import type { IssuePath } from "./issue.js";

/** A field that refers to something by id, as the node and record tables describe it. */
export type ReferenceFieldOf = ReferenceField<never>;

/** What {@link walkReferences} calls: every reference, and every quote span. */
export interface ReferenceVisitor {
  /**
   * A reference: `id` as written, `path` where it is written. `path` is the
   * walk's own stack, valid only during the call: copy it to keep it.
   */
  reference(field: ReferenceFieldOf, id: string, path: IssuePath): void;
  /** A quote span (`{ type: "quote" }`), after its references; `path` as above. */
  quoteSpan?(span: Readonly<Record<string, unknown>>, path: IssuePath): void;
}

type Obj = Readonly<Record<string, unknown>>;
type Spec = NodeSpec<unknown>;

const ENTITY_FIELDS = RECORD_TABLE.entity as unknown as Readonly<
  Record<string, readonly ReferenceFieldOf[]>
>;
const QUOTE_FIELDS = RECORD_TABLE.quote as readonly ReferenceFieldOf[];
const STANCE_FIELDS = RECORD_TABLE.stance as readonly ReferenceFieldOf[];

const asObject = (value: unknown): Obj | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;

/**
 * Walks every reference of an article once, through {@link NODE_TABLE} and
 * {@link RECORD_TABLE}, in a stable order — the article's own fields (with
 * the lead image), entities, quotes, claims' stances, then the lead image's
 * caption and the body in document order — and calls `quoteSpan` for every
 * quote span. Reads defensively: it also runs on input the schema rejected
 * (after the pre-walk has made sure it is finite, acyclic JSON data) and
 * skips whatever is not of the right shape (the schema reports that), so
 * every well-formed part is still checked. Builds no path arrays: it keeps
 * one stack and hands it to the visitor.
 */
export function walkReferences(input: unknown, visitor: ReferenceVisitor): void {
  const article = asObject(input);
  if (!article) return;
  const path: IssuePath = [];
  const fields = (owner: Obj, list: readonly ReferenceFieldOf[]) => {
    for (let f = 0; f < list.length; f++) {
      const field = list[f]!;
      const value: unknown = field.get(owner as never);
      if (value === undefined) continue;
      const keys = field.path;
      for (let k = 0; k < keys.length; k++) path.push(keys[k]!);
      if (typeof value === "string") {
        visitor.reference(field, value, path);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const id: unknown = value[i];
          if (typeof id !== "string") continue;
          path.push(i);
          visitor.reference(field, id, path);
          path.pop();
        }
      }
      path.length -= keys.length;
    }
  };
  const slots = (owner: Obj, spec: Spec) => {
    const list = spec.slots;
    for (let s = 0; s < list.length; s++) {
      const slot = list[s]!;
      const nodes: unknown = slot.get(owner as never);
      if (!Array.isArray(nodes)) continue;
      const keys = slot.path;
      for (let k = 0; k < keys.length; k++) path.push(keys[k]!);
      for (let i = 0; i < nodes.length; i++) {
        const child: unknown = nodes[i];
        // Text, or not a node (the schema says so): nothing to walk.
        if (typeof child !== "object" || child === null) continue;
        const childSpec = elementSpec((child as Obj).type);
        if (childSpec === undefined) continue;
        path.push(i);
        if (childSpec.references.length > 0) fields(child as Obj, childSpec.references);
        if ((child as Obj).type === "quote") visitor.quoteSpan?.(child as Obj, path);
        if (childSpec.slots.length > 0) slots(child as Obj, childSpec);
        path.pop();
      }
      path.length -= keys.length;
    }
  };
  const records = (key: string, each: (item: Obj) => void) => {
    const list = article[key];
    if (!Array.isArray(list)) return;
    path.push(key);
    for (let i = 0; i < list.length; i++) {
      const item = asObject(list[i]);
      if (!item) continue;
      path.push(i);
      each(item);
      path.pop();
    }
    path.pop();
  };

  const root = NODE_TABLE.article as unknown as Spec;
  fields(article, root.references);
  records("entities", (entity) => {
    const type = entity.type;
    if (typeof type === "string" && Object.hasOwn(ENTITY_FIELDS, type))
      fields(entity, ENTITY_FIELDS[type]!);
  });
  records("quotes", (quote) => fields(quote, QUOTE_FIELDS));
  records("claims", (claim) => {
    const stances = claim.stances;
    if (!Array.isArray(stances)) return;
    path.push("stances");
    for (let j = 0; j < stances.length; j++) {
      const stance = asObject(stances[j]);
      if (!stance) continue;
      path.push(j);
      fields(stance, STANCE_FIELDS);
      path.pop();
    }
    path.pop();
  });
  slots(article, root);
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
 * lead image), entities, quotes, claims, then the lead image caption and
 * the body in document order (see {@link walkReferences}).
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
