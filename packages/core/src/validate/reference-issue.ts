import type { EntityType } from "../model/entity.js";
import { quoteText } from "./describe-value.js";
import { type IssuePath, issue, type ValidationIssue } from "./issue.js";
import type { ReferenceFieldOf } from "./references.js";
import type { RegistryIndex } from "./registry-index.js";
import { closest } from "./suggest.js";

const NOUN = { entities: "entity", quotes: "quote", claims: "claim" } as const;

const withArticle = (kind: string) => (/^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`);

function kindsText(list: readonly string[]): string {
  const named = list.map(withArticle);
  return named.length === 1
    ? named[0]!
    : `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`;
}

/**
 * `unknown_reference`: the id is in its registry. `wrong_reference_kind`:
 * an entity reference names an entity of a kind allowed there (an author is
 * a Person or an Organization, never a Place). `undefined` when the
 * reference is fine; the path is copied only for an issue.
 */
export function referenceIssue(
  site: ReferenceFieldOf,
  id: string,
  path: IssuePath,
  index: RegistryIndex,
): ValidationIssue | undefined {
  const known = index[site.registry];
  const found = known.get(id);
  if (found === undefined) {
    const noun = NOUN[site.registry];
    const nearest = closest(id, known.keys());
    const hint = nearest === undefined ? "" : ` Did you mean ${JSON.stringify(nearest)}?`;
    return issue(
      "unknown_reference",
      path.slice(),
      `${quoteText(id)} (${site.role}) is not the id of any ${noun} in ${site.registry}.${hint} Add the ${noun} to ${site.registry} or correct the id.`,
      {
        id,
        registry: site.registry,
        role: site.role,
        ...(site.kinds ? { kinds: [...site.kinds] } : {}),
        ...(nearest === undefined ? {} : { nearest }),
      },
    );
  }
  if (!site.kinds || found.kind === undefined || site.kinds.includes(found.kind)) return undefined;
  const kinds: EntityType[] = [...site.kinds];
  return issue(
    "wrong_reference_kind",
    path.slice(),
    `${quoteText(id)} is ${kindsText([found.kind])}, but ${site.role} must be ${kindsText(kinds)}. Refer to an entity of the right kind, or correct the entity's type.`,
    { id, registry: "entities", role: site.role, kind: found.kind, kinds },
  );
}
