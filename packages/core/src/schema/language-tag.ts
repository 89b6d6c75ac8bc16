import { parse } from "bcp-47";
import { LANGUAGE_SUBTAGS } from "./language-subtags.generated.js";

/** One type of subtag of the registry: the subtags, and private-use ranges (`qaa..qtz`). */
export interface SubtagIndex {
  readonly subtags: ReadonlySet<string>;
  readonly ranges: readonly (readonly [string, string])[];
}

/**
 * A list of the generated file as a set and ranges. A `grouped` list
 * (language, extlang) writes its 3-letter subtags by their first two
 * letters: `aaabc` is aaa, aab and aac.
 */
export function subtagIndex(list: string, grouped: boolean): SubtagIndex {
  const subtags = new Set<string>();
  const ranges: [string, string][] = [];
  for (const key of list.split(" ")) {
    const dots = key.indexOf("..");
    if (dots >= 0) ranges.push([key.slice(0, dots), key.slice(dots + 2)]);
    else if (!grouped || key.length <= 2) subtags.add(key);
    else {
      const prefix = key.slice(0, 2);
      for (let i = 2; i < key.length; i++) subtags.add(prefix + key[i]);
    }
  }
  return { subtags, ranges };
}

let indexes: Record<keyof typeof LANGUAGE_SUBTAGS, SubtagIndex> | undefined;

/** The registry as sets, built on first use. */
function registry(): Record<keyof typeof LANGUAGE_SUBTAGS, SubtagIndex> {
  indexes ??= {
    language: subtagIndex(LANGUAGE_SUBTAGS.language, true),
    extlang: subtagIndex(LANGUAGE_SUBTAGS.extlang, true),
    script: subtagIndex(LANGUAGE_SUBTAGS.script, false),
    region: subtagIndex(LANGUAGE_SUBTAGS.region, false),
    variant: subtagIndex(LANGUAGE_SUBTAGS.variant, false),
    grandfathered: subtagIndex(LANGUAGE_SUBTAGS.grandfathered, false),
  };
  return indexes;
}

/** Why a language tag is not acceptable, and what was probably meant. */
export interface LanguageTagProblem {
  /** `malformed`: not BCP 47 syntax; `unregistered`: a subtag the IANA registry does not have. */
  problem: "malformed" | "unregistered";
  /** The subtag that is not registered, as written. */
  subtag?: string;
  /** A registered tag that was probably meant (`en` for `English`, `en-GB` for `en_GB` or `en-UK`). */
  suggestion?: string;
}

function registered(type: keyof typeof LANGUAGE_SUBTAGS, subtag: string): boolean {
  const key = subtag.toLowerCase();
  const index = registry()[type];
  if (index.subtags.has(key)) return true;
  return index.ranges.some(([low, high]) => key.length === low.length && key >= low && key <= high);
}

/**
 * Checks a language tag against BCP 47's syntax (RFC 5646, parsed by
 * `bcp-47`) and the IANA Language Subtag Registry (from
 * `language-subtag-registry`, generated into `language-subtags.generated.ts`): every language, extended language, script,
 * region and variant subtag must be registered, or the whole tag must be a
 * registered grandfathered one. Extensions and private use are not
 * registry-checked. Returns `undefined` for an acceptable tag.
 */
export function languageTagProblem(tag: string): LanguageTagProblem | undefined {
  const problem = findProblem(tag);
  return problem === undefined ? undefined : withSuggestion(problem, tag);
}

/** True when {@link languageTagProblem} finds nothing; without looking for a suggestion. */
export function isRegisteredLanguageTag(tag: string): boolean {
  return findProblem(tag) === undefined;
}

function findProblem(tag: string): LanguageTagProblem | undefined {
  const schema = parse(tag, { normalize: false });
  if (schema.irregular || schema.regular) {
    return registered("grandfathered", tag) ? undefined : { problem: "unregistered", subtag: tag };
  }
  if (!schema.language) return { problem: "malformed" };
  const subtag = firstUnregistered(schema);
  return subtag === undefined ? undefined : { problem: "unregistered", subtag };
}

/** The first subtag of a parsed tag that is not in the registry. */
function firstUnregistered(schema: ReturnType<typeof parse>): string | undefined {
  if (!schema.language || !registered("language", schema.language)) return schema.language ?? "";
  const ext = schema.extendedLanguageSubtags.find((s) => !registered("extlang", s));
  if (ext !== undefined) return ext;
  if (schema.script && !registered("script", schema.script)) return schema.script;
  if (schema.region && !registered("region", schema.region)) return schema.region;
  return schema.variants.find((s) => !registered("variant", s));
}

function withSuggestion(problem: LanguageTagProblem, tag: string): LanguageTagProblem {
  const suggestion = suggestLanguageTag(tag);
  return suggestion === undefined ? problem : { ...problem, suggestion };
}

/** Regions people write that are not ISO 3166 codes. */
const REGION_ALIASES: Readonly<Record<string, string>> = { uk: "GB" };

let namesToCodes: Map<string, string> | undefined;

/**
 * Language names (in English and in the language itself, lower case) → the
 * two-letter registered subtag, from the runtime's `Intl.DisplayNames`.
 * Built once, on the first rejected tag.
 */
function languageNames(): Map<string, string> {
  if (namesToCodes) return namesToCodes;
  namesToCodes = new Map();
  if (typeof Intl === "undefined" || typeof Intl.DisplayNames !== "function") return namesToCodes;
  const english = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  for (const code of registry().language.subtags) {
    if (code.length !== 2) continue;
    for (const name of [english.of(code), nativeName(code)]) {
      const key = name?.toLowerCase();
      if (key && !namesToCodes.has(key)) namesToCodes.set(key, code);
    }
  }
  return namesToCodes;
}

function nativeName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
  } catch {
    return undefined;
  }
}

/** The name `Intl.DisplayNames` gives a three-letter code (`eng` → `english`), lower case. */
function nameOfCode(code: string): string | undefined {
  if (typeof Intl === "undefined" || typeof Intl.DisplayNames !== "function") return undefined;
  try {
    englishNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
    return englishNames.of(code)?.toLowerCase();
  } catch {
    return undefined;
  }
}

let englishNames: Intl.DisplayNames | undefined;

/**
 * A registered tag that `tag` probably means, or `undefined`: `English`,
 * `english`, `Deutsch` or `eng` → `en`/`de`; `en_GB` → `en-GB`; `en-UK` →
 * `en-GB`. Only suggestions that are themselves acceptable are returned.
 */
export function suggestLanguageTag(tag: string): string | undefined {
  const candidates: string[] = [];
  const hyphenated = tag
    .trim()
    .replace(/[_\s]+/g, "-")
    .replace(/-{2,}/g, "-");
  if (hyphenated !== tag) candidates.push(hyphenated);
  const [first = "", ...rest] = hyphenated.split("-");
  const lower = first.toLowerCase();
  // A language written as a name or a three-letter code: "English", "eng".
  const byName = registered("language", lower)
    ? undefined
    : (languageNames().get(lower) ?? languageNames().get(nameOfCode(lower) ?? ""));
  const language = byName ?? first;
  const fixed = rest.map((s) =>
    Object.hasOwn(REGION_ALIASES, s.toLowerCase()) ? REGION_ALIASES[s.toLowerCase()]! : s,
  );
  candidates.push([language, ...fixed].join("-"));
  if (byName) candidates.push(byName);
  return candidates.find((c) => c !== tag && acceptable(c));
}

function acceptable(tag: string): boolean {
  return firstUnregistered(parse(tag, { normalize: false })) === undefined;
}
