/**
 * Every code a {@link ValidationIssue} can carry, grouped by the stage that
 * reports it. The README has a table with each code's meaning and fix.
 */
export const ISSUE_CODES = [
  // Input: checked before the schema, on anything.
  "too_deep",
  "circular",
  "not_json",
  "invalid_text",
  // Shape: the schema.
  "missing_field",
  "invalid_type",
  "unknown_key",
  "unknown_type",
  "invalid_value",
  "unsupported_version",
  "invalid_number",
  "empty_string",
  "invalid_url",
  "invalid_date",
  "invalid_language",
  // Meaning: checked on a document of the right shape.
  "duplicate_id",
  "unknown_reference",
  "wrong_reference_kind",
  "reference_cycle",
  "quote_text_mismatch",
  "incomplete_stance",
  "date_order",
  "anonymous_author",
  // Should never happen: a bug in newsdoc, reported instead of thrown.
  "internal_error",
] as const;

/** A machine-readable issue code; see {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into the document: object keys and array indexes, from the root. */
export type IssuePath = (string | number)[];

/** One problem found in a document. */
export interface ValidationIssue {
  /** Where: the keys and indexes leading to the offending value (`["body", 2, "children", 0]`). */
  path: IssuePath;
  /** What kind of problem, for programs: `"unknown_reference"`, `"invalid_url"`, … */
  code: IssueCode;
  /** What is wrong and how to fix it, for people. Does not repeat the path. */
  message: string;
}
