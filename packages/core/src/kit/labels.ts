import type { StanceKind } from "../model/claim.js";
import { STANCE_KINDS } from "../model/claim.js";
import type { QuoteMode } from "../model/quote.js";
import { QUOTE_MODES } from "../model/quote.js";

/**
 * Every reader-facing word a renderer writes itself (everything else comes
 * from the article). One table for all renderers: `@newsdoc/html`,
 * `@newsdoc/markdown` and `@newsdoc/react` take it as their `labels`
 * option, so a page, its Markdown and its React view say the same words in
 * the same language.
 */
export interface Labels {
  /** Before the authors of a byline built from `authors` ("By Damien Sharkov"). Default `"By"`; `""` for none. */
  by: string;
  /** Between the last two names of a list ("A, B and C"). Default `"and"`. */
  and: string;
  /** Before the publication date. Default `"Published"`. */
  published: string;
  /** Before the modification date. Default `"Updated"`. */
  modified: string;
  /** Heading of the quotes appendix. Default `"Who said what"`. */
  quotes: string;
  /** Heading of the claims appendix. Default `"Claims"`. */
  claims: string;
  /** Column heading for the stance in a claim table. Default `"Stance"`. */
  stance: string;
  /** Column heading for the parties in a claim table. Default `"Who"`. */
  parties: string;
  /** Before the channel of a quote ("via Tass"). Default `"via"`. */
  via: string;
  /** Before the audience of a quote ("said to press"); left out after "told". Default `"to"`. */
  to: string;
  /** Heading of the corrections notice, and the label of a correction notice in the body. Default `"Correction"`. */
  corrections: string;
  /** Heading of the backstory. Default `"Behind the story"`. */
  backstory: string;
  /** Label of an editor's note in the body. Default `"Editor's note"`. */
  editorsNote: string;
  /** Summary of a video's or audio's transcript. Default `"Transcript"`. */
  transcript: string;
  /** The words of a link to a blockquote's `cite` when no speaker is known. Default `"Source"`. */
  source: string;
  /** Before an image credit where the format cannot mark it otherwise (Markdown). Default `"Credit:"`. */
  credit: string;
  /** How each quote mode is named in the quotes appendix. */
  modes: Readonly<Record<QuoteMode, string>>;
  /** How each stance is named in the claims appendix. */
  stances: Readonly<Record<StanceKind, string>>;
}

/** What a `labels` option takes: any subset, `modes` and `stances` also in part. */
export type LabelsOption = Partial<Omit<Labels, "modes" | "stances">> & {
  modes?: Partial<Record<QuoteMode, string>> | undefined;
  stances?: Partial<Record<StanceKind, string>> | undefined;
};

/** Reader-facing English labels for quote modes, for appendices and legends. */
export const QUOTE_MODE_LABELS: Readonly<Record<QuoteMode, string>> = /* @__PURE__ */ Object.freeze(
  {
    direct: "direct quotation",
    partial: "partial quotation",
    indirect: "reported speech",
  },
);

/** Reader-facing English labels for stances, for claim tables. */
export const STANCE_LABELS: Readonly<Record<StanceKind, string>> = /* @__PURE__ */ Object.freeze({
  asserts: "asserts",
  denies: "denies",
  neither: "neither asserts nor denies",
  cannotVerify: "cannot verify",
});

/** The default labels (English), shared by every renderer. */
export const DEFAULT_LABELS: Readonly<Labels> = /* @__PURE__ */ Object.freeze({
  by: "By",
  and: "and",
  published: "Published",
  modified: "Updated",
  quotes: "Who said what",
  claims: "Claims",
  stance: "Stance",
  parties: "Who",
  via: "via",
  to: "to",
  corrections: "Correction",
  backstory: "Behind the story",
  editorsNote: "Editor's note",
  transcript: "Transcript",
  source: "Source",
  credit: "Credit:",
  modes: QUOTE_MODE_LABELS,
  stances: STANCE_LABELS,
});

/**
 * `defaults` with the labels of `value` over them: `value` must be an
 * object (`by` ends the message saying so) whose keys are among `keys`
 * (`listed` names them in the message) and whose labels are strings; a key
 * whose default is a table (`modes`, `stances`) is left to the caller.
 */
function mergeLabels(
  path: string,
  keys: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
  value: unknown,
  by: string,
  listed: string,
): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`${path} must be an object of label strings${by}.`);
  }
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new TypeError(`${path}.${key} is not a label; the ${listed} are ${keys.join(", ")}.`);
    }
    const label = (value as Record<string, unknown>)[key];
    if (label === undefined || typeof defaults[key] === "object") continue;
    if (typeof label !== "string") {
      throw new TypeError(`${path}.${key} must be a string, got ${typeof label}.`);
    }
    merged[key] = label;
  }
  return merged;
}

/** A `modes` or `stances` table with the defaults filled in. */
function mergeTable(
  name: "modes" | "stances",
  keys: readonly string[],
  defaults: Readonly<Record<string, string>>,
  value: unknown,
): Readonly<Record<string, string>> {
  if (value === undefined) return defaults;
  const by = ` by ${name === "modes" ? "quote mode" : "stance"} (${keys.join(", ")})`;
  return Object.freeze(
    mergeLabels(`options.labels.${name}`, keys, defaults, value, by, "keys") as Record<
      string,
      string
    >,
  );
}

/**
 * The labels with the defaults filled in: what a renderer does with its
 * `labels` option. A key that is not a label, or a label that is not a
 * string, is a `TypeError` naming it (a typo would otherwise be ignored).
 *
 * @example
 * ```ts
 * const labels = resolveLabels({ published: "Publié le", modes: { indirect: "discours rapporté" } });
 * labels.published; // "Publié le"
 * labels.modified;  // "Updated"
 * ```
 */
export function resolveLabels(labels: LabelsOption | undefined): Readonly<Labels> {
  if (labels === undefined || labels === DEFAULT_LABELS) return DEFAULT_LABELS;
  // Every key of the defaults, the tables last: "the labels are by, and, …, modes, stances".
  const merged = mergeLabels(
    "options.labels",
    Object.keys(DEFAULT_LABELS),
    DEFAULT_LABELS,
    labels,
    "",
    "labels",
  );
  merged.modes = mergeTable("modes", QUOTE_MODES, QUOTE_MODE_LABELS, labels.modes);
  merged.stances = mergeTable("stances", STANCE_KINDS, STANCE_LABELS, labels.stances);
  return Object.freeze(merged) as unknown as Readonly<Labels>;
}
