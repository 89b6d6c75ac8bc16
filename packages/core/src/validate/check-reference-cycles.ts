import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";
import type { RegistryIndex } from "./registry-index.js";

/**
 * `reference_cycle`: following `parentOrganization` (or `containedInPlace`)
 * from an entity must end, never come back to where it started: consumers
 * walk these chains (breadcrumbs, JSON-LD) and a cycle would never end.
 * Reported once per cycle, at the first entity of the cycle in the registry.
 */
export function checkReferenceCycles(index: RegistryIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const parent = new Map<string, string>();
  for (const [id, { item, kind }] of index.entities) {
    const up =
      kind === "Organization"
        ? item.parentOrganization
        : kind === "Place"
          ? item.containedInPlace
          : undefined;
    if (typeof up === "string") parent.set(id, up);
  }
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
    const entity = index.entities.get(start)!;
    const field = entity.kind === "Organization" ? "parentOrganization" : "containedInPlace";
    const cycle = [...chain, start];
    issues.push(
      issue(
        "reference_cycle",
        ["entities", entity.index, field],
        `Following ${field} from ${quoteText(start)} comes back to it (${cycle.map((id) => quoteText(id)).join(" → ")}). Remove the link that closes the loop.`,
        { field, cycle },
      ),
    );
  }
  return issues;
}
