/**
 * What happened to one thing that did not cross over as it was:
 * `dropped` (the other side has no place for it) or `approximated` (it
 * crossed, but changed: a kind guessed, an id invented, a date reordered).
 */
export type ReportKind = "dropped" | "approximated";

/** One thing dropped or approximated, and where it was in the input. */
export interface ReportEntry {
  kind: ReportKind;
  /** Where in the input: a JSON path such as `subjects[2].uri` or `quotes`. */
  path: string;
  /** What happened and why, as a sentence. */
  message: string;
}

/** Everything one conversion dropped or approximated, in input order. Empty when nothing was. */
export type Report = ReportEntry[];

/** One report line: `approximated subjects[2]: …`. */
export function formatReportEntry(entry: ReportEntry): string {
  return `${entry.kind} ${entry.path}: ${entry.message}`;
}
