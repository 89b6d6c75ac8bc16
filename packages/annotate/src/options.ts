import type { Entity, EntityId } from "@newsdoc/core/kit";
import type { LanguageTable } from "./languages/language-table.js";

/** Options of {@link annotate}. Every field is optional. */
export interface AnnotateOptions {
  /**
   * Add a proposed quote (its span and a `quotes` entry) only when its
   * speaker's confidence is at least this (0–1). Default `0.8`. `1` applies
   * no quote, only reports them; `0` applies every quote with a resolved
   * speaker. A quote with no resolved speaker is never applied: a quote
   * must have one.
   */
  readonly applyAbove?: number;
  /** Mark only the first occurrence of each entity (counting mentions already there). Default `false`. */
  readonly firstOnly?: boolean;
  /** Do not add mentions inside quoted passages (new or existing quote spans). Default `false`. */
  readonly skipInsideQuotes?: boolean;
  /**
   * Resolve a name several entities share when the registry links exactly
   * one of them to an entity named in the same sentence (Peskov's
   * `affiliation` picks the Kremlin organisation in "Kremlin spokesperson,
   * Dmitry Peskov"); each such mention says so in `report.mentions[].resolved`.
   * `false` reports every shared name as ambiguous. Default `true`.
   */
  readonly resolveAmbiguous?: boolean;
  /**
   * A shared registry to look names up in besides the article's own
   * entities (a newsroom's people, organisations and places). Each one the
   * annotated article comes to refer to (a mention, a speaker, an
   * affiliation of one) joins its `entities`; the others are left out, and
   * one whose id the article already has is skipped. Default none.
   */
  readonly registry?: readonly Entity[];
  /** Entity ids never to mark as mentions (they may still be speakers). Default none. */
  readonly exclude?: readonly EntityId[];
  /** Look for mentions. Default `true`. */
  readonly mentions?: boolean;
  /** Look for quotes and speakers. Default `true`. */
  readonly quotes?: boolean;
  /**
   * The language table: reporting verbs, pronouns, abbreviations. Default:
   * the built-in table for `article.language` (English, German, Swedish),
   * English when there is none (reported in `report.language`).
   */
  readonly language?: LanguageTable;
}

/** The options with defaults filled in. */
export interface ResolvedOptions {
  readonly applyAbove: number;
  readonly firstOnly: boolean;
  readonly skipInsideQuotes: boolean;
  readonly resolveAmbiguous: boolean;
  readonly exclude: ReadonlySet<EntityId>;
  readonly mentions: boolean;
  readonly quotes: boolean;
}

const KNOWN = new Set([
  "applyAbove",
  "firstOnly",
  "skipInsideQuotes",
  "resolveAmbiguous",
  "exclude",
  "mentions",
  "quotes",
  "language",
  "registry",
]);

function flag(
  options: AnnotateOptions,
  key: "firstOnly" | "skipInsideQuotes" | "resolveAmbiguous" | "mentions" | "quotes",
  fallback: boolean,
): boolean {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") {
    throw new TypeError(
      `annotate: options.${key} must be true or false, not ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/**
 * Checks `options` and fills in the defaults. Throws a `TypeError` that
 * names the option and what it takes when one is wrong.
 */
export function resolveOptions(options: AnnotateOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError("annotate: options must be an object (or left out).");
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) {
      throw new TypeError(`annotate: unknown option "${key}". Options: ${[...KNOWN].join(", ")}.`);
    }
  }
  const applyAbove = options.applyAbove ?? 0.8;
  if (typeof applyAbove !== "number" || !(applyAbove >= 0 && applyAbove <= 1)) {
    throw new TypeError(
      `annotate: options.applyAbove must be a number from 0 to 1, not ${JSON.stringify(applyAbove)}.`,
    );
  }
  const exclude = options.exclude ?? [];
  if (!Array.isArray(exclude) || exclude.some((id) => typeof id !== "string")) {
    throw new TypeError("annotate: options.exclude must be an array of entity ids.");
  }
  const registry = options.registry ?? [];
  if (
    !Array.isArray(registry) ||
    registry.some(
      (e) =>
        e === null ||
        typeof e !== "object" ||
        typeof (e as { id?: unknown }).id !== "string" ||
        typeof (e as { name?: unknown }).name !== "string",
    )
  ) {
    throw new TypeError(
      "annotate: options.registry must be an array of entities (each with an id and a name); validate them with EntitySchema from @newsdoc/core.",
    );
  }
  const language = options.language;
  if (language !== undefined && (typeof language !== "object" || !Array.isArray(language.verbs))) {
    throw new TypeError(
      "annotate: options.language must be a LanguageTable (see languages/english.ts).",
    );
  }
  return {
    applyAbove,
    firstOnly: flag(options, "firstOnly", false),
    skipInsideQuotes: flag(options, "skipInsideQuotes", false),
    resolveAmbiguous: flag(options, "resolveAmbiguous", true),
    exclude: new Set(exclude),
    mentions: flag(options, "mentions", true),
    quotes: flag(options, "quotes", true),
  };
}
