import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";

/**
 * `reference_cycle`: following `parentOrganization` (or `containedInPlace`)
 * from an entity must end, never come back to where it started: consumers
 * walk these chains (breadcrumbs, JSON-LD) and a cycle would never end.
 * Reported once per cycle, at the first entity of the cycle in the registry.
 */
export function checkReferenceCycles(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const parent = new Map<string, string>();
  const index = new Map<string, number>();
  article.entities.forEach((e, i) => {
    if (index.has(e.id)) return;
    index.set(e.id, i);
    const up =
      e.type === "Organization"
        ? e.parentOrganization
        : e.type === "Place"
          ? e.containedInPlace
          : undefined;
    if (up !== undefined) parent.set(e.id, up);
  });
  const reported = new Set<string>();
  for (const [start] of parent) {
    if (reported.has(start)) continue;
    const chain = [start];
    const onChain = new Set(chain);
    let current = parent.get(start);
    while (current !== undefined && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = parent.get(current);
    }
    if (current !== start) continue;
    for (const id of chain) reported.add(id);
    const i = index.get(start)!;
    const entity = article.entities[i]!;
    const field = entity.type === "Organization" ? "parentOrganization" : "containedInPlace";
    const loop = [...chain, start].map((id) => quoteText(id)).join(" → ");
    issues.push({
      path: ["entities", i, field],
      code: "reference_cycle",
      message: `Following ${field} from ${quoteText(start)} comes back to it (${loop}). Remove the link that closes the loop.`,
    });
  }
  return issues;
}
