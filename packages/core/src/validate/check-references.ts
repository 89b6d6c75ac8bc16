import type { Article } from "../model/article.js";
import type { Entity } from "../model/entity.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";
import { collectReferences } from "./references.js";
import { didYouMean } from "./suggest.js";

const REGISTRY = { entity: "entities", quote: "quotes", claim: "claims" } as const;

const article = (kind: string) => (/^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`);

function kinds(list: readonly string[]): string {
  const named = list.map(article);
  return named.length === 1
    ? named[0]!
    : `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`;
}

/**
 * `unknown_reference`: every id a field refers to exists in its registry.
 * `wrong_reference_kind`: an entity reference names an entity of a kind
 * allowed there (an author is a Person or an Organization, never a Place).
 */
export function checkReferences(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = {
    entity: new Map<string, Entity>(),
    quote: new Set<string>(),
    claim: new Set<string>(),
  };
  for (const e of article.entities) if (!ids.entity.has(e.id)) ids.entity.set(e.id, e);
  for (const q of article.quotes) ids.quote.add(q.id);
  for (const c of article.claims) ids.claim.add(c.id);

  for (const ref of collectReferences(article)) {
    const registry = REGISTRY[ref.target];
    const known = ref.target === "entity" ? ids.entity : ids[ref.target];
    if (!known.has(ref.id)) {
      issues.push({
        path: ref.path,
        code: "unknown_reference",
        message: `${quoteText(ref.id)} (${ref.role}) is not the id of any ${ref.target} in ${registry}.${didYouMean(ref.id, known.keys())} Add the ${ref.target} to ${registry} or correct the id.`,
      });
      continue;
    }
    if (ref.target !== "entity" || !ref.kinds) continue;
    const entity = ids.entity.get(ref.id)!;
    if (!ref.kinds.includes(entity.type)) {
      issues.push({
        path: ref.path,
        code: "wrong_reference_kind",
        message: `${quoteText(ref.id)} is ${kinds([entity.type])}, but ${ref.role} must be ${kinds(ref.kinds)}. Refer to an entity of the right kind, or correct the entity's type.`,
      });
    }
  }
  return issues;
}
