import type { EntityId, EntityType } from "@newsdoc/core/kit";
import type { LanguageTable } from "../languages/language-table.js";
import { isUpper } from "../text/char-class.js";
import type { Token } from "./tokens.js";

/** Compiled look-ups of a {@link LanguageTable}: multi-word phrases as word lists. */
export interface CompiledTable {
  readonly table: LanguageTable;
  readonly verbs: readonly (readonly string[])[];
  readonly afterQuoteVerbs: readonly (readonly string[])[];
  readonly accordingTo: readonly (readonly string[])[];
  readonly auxiliaries: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
}

const words = (list: readonly string[]) =>
  list.map((p) => p.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length);

/** Compiles a language table once per call of `annotate`. */
export function compileTable(table: LanguageTable): CompiledTable {
  return {
    table,
    verbs: words(table.verbs),
    afterQuoteVerbs: words(table.verbsAfterQuoteOnly ?? []),
    accordingTo: words(table.accordingTo),
    auxiliaries: new Set(table.auxiliaries.map((w) => w.toLowerCase())),
    personPronouns: new Set(table.personPronouns.map((w) => w.toLowerCase())),
    groupPronouns: new Set(table.groupPronouns.map((w) => w.toLowerCase())),
  };
}

/** The length in tokens of the first phrase of `phrases` that starts at `tokens[i]`, or 0. */
export function phraseAt(
  tokens: readonly Token[],
  i: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const phrase of phrases) {
    let k = 0;
    while (
      k < phrase.length &&
      tokens[i + k]?.kind === "word" &&
      tokens[i + k]!.lower === phrase[k]
    )
      k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** A noun phrase read as a speaker: an entity, a pronoun, unknown words, or nothing. */
export type PhraseReading =
  | { readonly kind: "entity"; readonly entity: EntityId; readonly text: string }
  | { readonly kind: "pronoun"; readonly group: boolean; readonly text: string }
  | {
      readonly kind: "unresolved";
      readonly text: string;
      readonly why: "not-in-registry" | "not-a-person-or-organization" | "ambiguous";
      readonly candidates?: readonly EntityId[];
    }
  | { readonly kind: "none" };

const SPEAKER_KINDS: ReadonlySet<EntityType> = new Set(["Person", "Organization"]);

/**
 * Reads a noun phrase as a speaker. A registry name of a Person wins over an
 * Organization; `prefer` says which end of the phrase the head is at (`last`
 * before a verb: "U.S. secretary of state John Kerry"; `first` after one:
 * "said John Kerry, the secretary of state"). A name that may denote several
 * entities resolves when exactly one of them can speak (a Person or
 * Organization), and is ambiguous otherwise.
 */
export function readPhrase(
  phrase: readonly Token[],
  compiled: CompiledTable,
  kindOf: (id: EntityId) => EntityType | undefined,
  prefer: "first" | "last",
): PhraseReading {
  const content = phrase.filter((t) => t.kind !== "punct");
  if (content.length === 0) return { kind: "none" };
  const names = content.filter((t) => t.kind === "name");
  const ordered = prefer === "last" ? [...names].reverse() : names;
  let ambiguous: { token: Token; ids: EntityId[] } | undefined;
  for (const wanted of ["Person", "Organization"] as const) {
    for (const token of ordered) {
      const ids = (token.entities ?? []).filter((id) => kindOf(id) === wanted);
      const speakers = (token.entities ?? []).filter((id) => SPEAKER_KINDS.has(kindOf(id)!));
      if (ids.length === 1 && speakers.length === 1)
        return { kind: "entity", entity: ids[0]!, text: token.text };
      if (speakers.length > 1 && ids.length > 0) ambiguous ??= { token, ids: speakers };
    }
  }
  if (ambiguous) {
    return {
      kind: "unresolved",
      text: ambiguous.token.text,
      why: "ambiguous",
      candidates: ambiguous.ids,
    };
  }
  const text = spanText(phrase);
  if (names.length > 0) return { kind: "unresolved", text, why: "not-a-person-or-organization" };
  if (content.length === 1 && content[0]!.kind === "word") {
    const lower = content[0]!.lower;
    if (compiled.personPronouns.has(lower))
      return { kind: "pronoun", group: false, text: content[0]!.text };
    if (compiled.groupPronouns.has(lower))
      return { kind: "pronoun", group: true, text: content[0]!.text };
  }
  // Unknown words read as a speaker only when they look like one: a capitalised
  // name, or a short common-noun phrase ("a spokesman", "the soldiers").
  const looksLikeName = content.some((t) => t.kind === "word" && isUpper(t.text[0]));
  if (
    looksLikeName ||
    (content.length >= 2 && content.length <= 6 && content.every((t) => t.kind === "word"))
  ) {
    return { kind: "unresolved", text, why: "not-in-registry" };
  }
  return { kind: "none" };
}

/** The original text a run of tokens covers (needs the tokens' source, so joined by spaces). */
function spanText(tokens: readonly Token[]): string {
  let out = "";
  let last: Token | undefined;
  for (const t of tokens) {
    if (last && t.start > last.end) out += " ";
    out += t.text;
    last = t;
  }
  return out.trim();
}

/** Whether a token is a word of the table's auxiliaries (`also`, `has`). */
export const isAux = (t: Token | undefined, compiled: CompiledTable): boolean =>
  t?.kind === "word" && compiled.auxiliaries.has(t.lower);
