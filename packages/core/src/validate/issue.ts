import type { EntityType } from "../model/entity.js";

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
  "empty_list",
  "invalid_url",
  "invalid_date",
  "invalid_language",
  "invalid_duration",
  "invalid_anchor",
  // Meaning: checked on every well-formed part of the document.
  "duplicate_id",
  "unknown_reference",
  "wrong_reference_kind",
  "reference_cycle",
  "quote_text_mismatch",
  "incomplete_stance",
  "date_order",
  "anonymous_author",
  "duplicate_language",
  "duplicate_anchor",
  "embed_provider_mismatch",
  "insecure_embed",
  "multiple_default_tracks",
  "empty_table",
  "empty_table_row",
  "ragged_table",
  "table_span_overlap",
  "table_span_past_end",
  "table_too_large",
  // Should never happen: a bug in newsdoc, reported instead of thrown.
  "internal_error",
] as const;

/** A machine-readable issue code; see {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into the document: object keys and array indexes, from the root. */
export type IssuePath = (string | number)[];

/** The three registries of an article, by their field names. */
export type { Registry } from "../model/node-table.js";

import type { Registry } from "../model/node-table.js";

/** What a JSON value is: the names `typeof` would use, with `null` and `array` apart. */
export type ValueKind =
  | "string"
  | "number"
  | "boolean"
  | "null"
  | "array"
  | "object"
  | "undefined"
  | "bigint"
  | "function"
  | "symbol";

/** Why a string is not acceptable text (`invalid_text`). */
export type TextProblemKind = "control_character" | "lone_surrogate" | "noncharacter";

/** Why a language tag is rejected (`invalid_language`). */
export type LanguageProblemKind =
  /** Not BCP 47 syntax at all (`en_GB`, `english!`). */
  | "malformed"
  /** Well-formed, but a subtag is not in the IANA Language Subtag Registry (`english`, `en-UK`). */
  | "unregistered";

/**
 * The typed details of each code, for programs: switch on
 * {@link ValidationIssue.code} and `params` has this type.
 */
export interface IssueParams {
  /** Nesting deeper than the `maxDepth` option. */
  too_deep: { maxDepth: number };
  /** A value that contains itself. */
  circular: Record<string, never>;
  /** Not JSON data: `found` names what it is (`"Date"`, `"Map"`, `"instance of Foo"`, `"sparse array"`). */
  not_json: { found: string };
  /** A string with a character no text may hold, at UTF-16 `index`. */
  invalid_text: { problem: TextProblemKind; codePoint: number; index: number };
  /** A required field is absent. `expected` says what to add (`"a string"`, `"one of 1"`). */
  missing_field: { field: string; expected: string };
  /** A value of the wrong JSON type. `expected` are zod's type names (`"string"`, `"array"`, …). */
  invalid_type: { expected: string[]; received: ValueKind };
  /** A field the object does not have; `allowed` are the fields it has; `suggestion` the nearest. */
  unknown_key: { key: string; allowed: string[]; suggestion?: string };
  /** A node `type` not allowed here. */
  unknown_type: { type: string; allowed: string[]; suggestion?: string };
  /** A value outside an enumeration (`mode`, `stance`, a heading `level`). */
  invalid_value: { value: unknown; allowed: unknown[]; suggestion?: string };
  /** `newsdoc` is not the model version this package reads. */
  unsupported_version: { version: unknown; supported: 1 };
  /** A number out of range or not whole. */
  invalid_number: {
    value: unknown;
    integer?: true;
    minimum?: number;
    maximum?: number;
    inclusive?: boolean;
  };
  /** Text that is empty or only whitespace. */
  empty_string: { value: string };
  /** A list that needs items (an aside's title, a table's caption) is empty; `minimum` is how many it needs. */
  empty_list: { minimum: number };
  /** Not an acceptable URL here; `mailto` tells whether `mailto:` would have been. */
  invalid_url: { value: string; mailto: boolean };
  /** Not an ISO 8601 date-time with offset (or, where `dateOnly`, a calendar date). */
  invalid_date: { value: string; dateOnly: boolean };
  /** Not a registered BCP 47 tag; `suggestion` is a tag that probably was meant (`"en"` for `"English"`). */
  invalid_language: {
    value: string;
    problem: LanguageProblemKind;
    subtag?: string;
    suggestion?: string;
  };
  /** An id used twice in one registry; `firstPath` is where it was first used. */
  duplicate_id: { id: string; registry: Registry; firstPath: IssuePath };
  /**
   * An id that is in no item of `registry`. `kinds` are the entity kinds
   * allowed here (absent: any kind, or not an entity); `nearest` is the
   * closest existing id, when one is a plausible typo.
   */
  unknown_reference: {
    id: string;
    registry: Registry;
    role: string;
    kinds?: EntityType[];
    nearest?: string;
  };
  /** An entity reference to an entity of a kind not allowed here. */
  wrong_reference_kind: {
    id: string;
    registry: "entities";
    role: string;
    kind: EntityType;
    kinds: EntityType[];
  };
  /** `parentOrganization` / `containedInPlace` links that come back to `cycle[0]`. */
  reference_cycle: { field: "parentOrganization" | "containedInPlace"; cycle: string[] };
  /**
   * A quote span whose words differ from its quote's `text`. `spanWords` is
   * the span read by `quoteSpanWords`; `offset` is the first differing UTF-16
   * index in both; `quotePath` is where the quote's text is.
   */
  quote_text_mismatch: {
    quote: string;
    spanWords: string;
    quoteText: string;
    offset: number;
    quotePath: IssuePath;
  };
  /** A quote with `claim` and no `stance`, or the other way round; `missing` says which. */
  incomplete_stance: { missing: "claim" | "stance" };
  /** `dateModified` before `datePublished`. */
  date_order: { datePublished: string; dateModified: string };
  /** An anonymous Person as an author: `id` and the text's phrase for them (`name`). */
  anonymous_author: { id: string; name: string };
  /** Two translations in one language, or one in the article's own; `firstPath` is where that language first is. */
  duplicate_language: { language: string; firstPath: IssuePath };
  /** Not an ISO 8601 duration (`PT1M33S`). */
  invalid_duration: { value: string };
  /** A heading id that is empty or holds whitespace. */
  invalid_anchor: { value: string };
  /** Two headings with one anchor (explicit `id`s, or an `id` equal to another heading's); `firstPath` is the first. */
  duplicate_anchor: { id: string; firstPath: IssuePath };
  /** An embed URL that is not on its `provider`'s hosts; `hosts` are the provider's. */
  embed_provider_mismatch: { provider: string; url: string; hosts: string[] };
  /** An embed's `embedUrl` that is not `https`: an iframe loads only https pages. */
  insecure_embed: { url: string };
  /** More than one text track of a video or audio marked `default`; `firstPath` is the first. */
  multiple_default_tracks: { firstPath: IssuePath };
  /** A table without rows. */
  empty_table: Record<string, never>;
  /** A table row without cells of its own; `row` is its index. */
  empty_table_row: { row: number };
  /**
   * A row that fills `width` columns (spans counted) where the first row
   * fills `columns`, or leaves column `gap` uncovered.
   */
  ragged_table: { row: number; width: number; columns: number; gap?: number };
  /** A cell whose columns run into `column`, which a row span from above already covers. */
  table_span_overlap: { row: number; cell: number; column: number };
  /** A cell whose `rowSpan` runs past the table's last row (`rows` rows in all). */
  table_span_past_end: { row: number; cell: number; rowSpan: number; rows: number };
  /** A table whose grid passes `max` slots (rows × columns) at `row`. */
  table_too_large: { row: number; max: number };
  /** Validation itself failed; `reason` is the exception's message. */
  internal_error: { reason: string };
}

/** One problem found in a document, of one code: `path`, `code`, `message` and that code's `params`. */
export interface IssueOf<C extends IssueCode> {
  /** Where: the keys and indexes leading to the offending value (`["body", 2, "children", 0]`). */
  path: IssuePath;
  /** What kind of problem, for programs: `"unknown_reference"`, `"invalid_url"`, … */
  code: C;
  /** What is wrong and how to fix it, for people. Does not repeat the path. */
  message: string;
  /** The details, typed per code (see {@link IssueParams}). */
  params: IssueParams[C];
}

/**
 * One problem found in a document: a union discriminated by `code`, so that
 * `params` is typed once the code is known.
 *
 * @example
 * ```ts
 * for (const issue of error.issues) {
 *   if (issue.code === "unknown_reference" && issue.params.nearest)
 *     console.log(`replace ${issue.params.id} with ${issue.params.nearest}`);
 * }
 * ```
 */
export type ValidationIssue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** Builds an issue; the code fixes the type of `params`. */
export function issue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  message: string,
  params: IssueParams[C],
): IssueOf<C> {
  return { path, code, message, params };
}
