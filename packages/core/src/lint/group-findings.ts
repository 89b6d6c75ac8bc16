import type { IssuePath } from "../validate/issue.js";
import type { LintFinding, LintRuleName } from "./lint-rule.js";

/** How many names a grouped finding spells out before "and N more". */
const LISTED = 8;

/** One place a per-entity rule fired: where, and how to name it in the message. */
export interface GroupedPlace {
  readonly path: IssuePath;
  /** `"Sergei Lavrov" (Person)` */
  readonly label: string;
}

/**
 * One finding for a rule that fires for many entities: the message names
 * the first {@link LISTED} and counts the rest, `paths` lists every place.
 * `lead(count)` starts the sentence ("3 entities have no sameAs or url"),
 * `fix` ends it. No places, no finding.
 */
export function groupFindings(
  rule: LintRuleName,
  places: readonly GroupedPlace[],
  lead: (count: number) => string,
  fix: string,
): LintFinding[] {
  const first = places[0];
  if (first === undefined) return [];
  const names = places.slice(0, LISTED).map((p) => p.label);
  const more = places.length - names.length;
  const list = more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
  return [
    {
      rule,
      path: first.path,
      paths: places.map((p) => p.path),
      message: `${lead(places.length)}: ${list}. ${fix}`,
    },
  ];
}
