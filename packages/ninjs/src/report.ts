import { formatReportEntry as formatEntry } from "@newsdoc/interop-kit/report";

// The public types of this package's reports. @newsdoc/interop-kit, the
// internal code it shares with the other importer, declares the same shape
// and is bundled in: declaring them here keeps the published .d.ts free of
// that unpublished package.

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
export const formatReportEntry: (entry: ReportEntry) => string = formatEntry;
