import type { EntityType } from "../model/entity.js";
import type { ReferenceField } from "../model/node-table.js";
import { RECORD_TABLE } from "../model/record-table.js";
import { quoteText } from "./describe-value.js";
import { type IssueParams, issue, type ValidationIssue } from "./issue.js";
import type { RegistryIndex } from "./registry-index.js";

/** A field that links an entity to one other entity of its own kind: a chain a cycle can close. */
export interface ChainField {
  /** The entity kind that holds the field (and that it points to). */
  readonly kind: EntityType;
  /** The field's name; `IssueParams["reference_cycle"]` lists them (a test keeps the two in step). */
  readonly field: IssueParams["reference_cycle"]["field"];
  /** Reads the id the field holds. */
  readonly get: ReferenceField<never>["get"];
}

/**
 * The chain fields, read from the record table: every single-id entity
 * reference whose allowed kinds include the holder's own kind. A new
 * hierarchical field in the table is checked for cycles with no change here.
 */
export const CHAIN_FIELDS: readonly ChainField[] = (
  Object.entries(RECORD_TABLE.entity) as [EntityType, readonly ReferenceField<never>[]][]
).flatMap(([kind, fields]) =>
  fields
    .filter((f) => !f.many && f.registry === "entities" && f.kinds?.includes(kind) === true)
    .map((f) => ({
      kind,
      field: f.path.join(".") as IssueParams["reference_cycle"]["field"],
      get: f.get,
    })),
);

/**
 * `reference_cycle`: following a chain field ({@link CHAIN_FIELDS}:
 * `parentOrganization`, `containedInPlace`) from an entity must end, never
 * come back to where it started: consumers walk these chains (breadcrumbs,
 * JSON-LD) and a cycle would never end. Reported once per cycle, at the
 * first entity of the cycle in the registry.
 */
export function checkReferenceCycles(index: RegistryIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const chain of CHAIN_FIELDS) {
    const parent = new Map<string, string>();
    for (const [id, { item, kind }] of index.entities) {
      if (kind !== chain.kind) continue;
      const up = chain.get(item as never);
      if (typeof up === "string") parent.set(id, up);
    }
    issues.push(...cyclesOf(parent, chain.field, index));
  }
  return issues;
}

function cyclesOf(
  parent: ReadonlyMap<string, string>,
  field: IssueParams["reference_cycle"]["field"],
  index: RegistryIndex,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
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
    const cycle = [...chain, start];
    issues.push(
      issue(
        "reference_cycle",
        ["entities", index.entities.get(start)!.index, field],
        `Following ${field} from ${quoteText(start)} comes back to it (${cycle.map((id) => quoteText(id)).join(" → ")}). Remove the link that closes the loop.`,
        { field, cycle },
      ),
    );
  }
  return issues;
}
