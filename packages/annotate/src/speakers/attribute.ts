import type { EntityId, EntityType } from "@newsdoc/core/kit";
import { CONSTRUCTION_CONFIDENCE, type Construction } from "./construction.js";
import { type CompiledTable, isAux, type PhraseReading, phraseAt, readPhrase } from "./phrases.js";
import type { Token } from "./tokens.js";

/** A speaker found by a construction, before pronouns are carried. */
export type Attribution = {
  readonly construction: Construction;
  readonly reading: Exclude<PhraseReading, { kind: "none" }>;
  readonly verb?: string;
};

type KindOf = (id: EntityId) => EntityType | undefined;

const STOP = new Set([".", ";", "!", "?", "(", ")"]);
const CLAUSE = new Set([",", ";", ":", "(", ")", "\u2013", "\u2014"]);

function phraseUntilPunct(tokens: readonly Token[], from: number, max: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < max; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && (CLAUSE.has(t.text) || STOP.has(t.text))) break;
    if (t.kind === "quote") break;
    out.push(t);
  }
  return out;
}

function verbText(tokens: readonly Token[], at: number, length: number): string {
  return tokens
    .slice(at, at + length)
    .map((t) => t.text)
    .join(" ");
}

/**
 * Constructions after a quote, within its sentence (`tokens` start right
 * after the closing mark): `"…," said X`, `"…," X said`,
 * `"…," X, <apposition>, said`, `"…," according to X`, `"…," he said`.
 */
export function attributeAfter(
  tokens: readonly Token[],
  compiled: CompiledTable,
  kindOf: KindOf,
): Attribution | undefined {
  let i = 0;
  while (
    tokens[i]?.kind === "punct" &&
    (tokens[i]!.text === "," || tokens[i]!.text === "\u2013" || tokens[i]!.text === "\u2014")
  )
    i++;
  if (i >= tokens.length) return undefined;
  const verbFirst =
    phraseAt(tokens, i, compiled.verbs) || phraseAt(tokens, i, compiled.afterQuoteVerbs);
  if (verbFirst > 0) {
    const reading = readPhrase(
      phraseUntilPunct(tokens, i + verbFirst, 8),
      compiled,
      kindOf,
      "first",
    );
    if (reading.kind !== "none") {
      return {
        construction: reading.kind === "pronoun" ? "pronoun" : "quote-verb-speaker",
        reading,
        verb: verbText(tokens, i, verbFirst),
      };
    }
  }
  const according = phraseAt(tokens, i, compiled.accordingTo);
  if (according > 0) {
    const reading = readPhrase(
      phraseUntilPunct(tokens, i + according, 8),
      compiled,
      kindOf,
      "first",
    );
    if (reading.kind !== "none") return { construction: "according-to", reading };
  }
  for (let v = i; v < tokens.length && v < i + 16; v++) {
    const t = tokens[v]!;
    if (t.kind === "quote" || (t.kind === "punct" && STOP.has(t.text))) break;
    const length = phraseAt(tokens, v, compiled.verbs);
    if (length === 0) continue;
    let end = v;
    while (end > i && isAux(tokens[end - 1], compiled)) end--;
    const phrase = tokens.slice(i, end);
    const comma = phrase.findIndex((p) => p.kind === "punct" && p.text === ",");
    const verb = verbText(tokens, v, length);
    if (comma > 0) {
      const reading = readPhrase(phrase.slice(0, comma), compiled, kindOf, "last");
      if (reading.kind !== "none") {
        return {
          construction: reading.kind === "pronoun" ? "pronoun" : "quote-apposition-verb",
          reading,
          verb,
        };
      }
      return undefined;
    }
    if (phrase.some((p) => p.kind === "punct")) return undefined;
    const reading = readPhrase(phrase, compiled, kindOf, "last");
    if (reading.kind === "none") return undefined;
    return {
      construction: reading.kind === "pronoun" ? "pronoun" : "quote-speaker-verb",
      reading,
      verb,
    };
  }
  return undefined;
}

/**
 * Constructions before a quote, within its sentence (`tokens` end right
 * before the opening mark): `X said: "…"`, `X said that … "…"`,
 * `<apposition>, X, has stated that "…"`, `according to X, "…"`.
 */
export function attributeBefore(
  tokens: readonly Token[],
  compiled: CompiledTable,
  kindOf: KindOf,
): Attribution | undefined {
  let last = tokens.length;
  while (
    last > 0 &&
    tokens[last - 1]!.kind === "punct" &&
    [",", ":"].includes(tokens[last - 1]!.text)
  )
    last--;
  const colon = tokens.slice(last).some((t) => t.text === ":");
  let verbAt = -1;
  let verbLength = 0;
  for (let v = last - 1; v >= 0; v--) {
    const length = phraseAt(tokens, v, compiled.verbs);
    if (length > 0 && v + length <= last) {
      verbAt = v;
      verbLength = length;
      break;
    }
  }
  if (verbAt >= 0) {
    const verb = verbText(tokens, verbAt, verbLength);
    let end = verbAt;
    while (end > 0 && isAux(tokens[end - 1], compiled)) end--;
    let start = end;
    while (
      start > 0 &&
      !(tokens[start - 1]!.kind === "punct" && CLAUSE.has(tokens[start - 1]!.text))
    )
      start--;
    const reading = readPhrase(tokens.slice(start, end), compiled, kindOf, "last");
    const near = colon && last - (verbAt + verbLength) <= 6;
    const own: Construction = near ? "speaker-verb-colon" : "speaker-verb-quote";
    if (reading.kind === "pronoun") return { construction: "pronoun", reading, verb };
    if (reading.kind === "entity" && kindOf(reading.entity) === "Person")
      return { construction: own, reading, verb };
    // The verb's own clause names no person: an apposition or a relative
    // clause may stand between the subject and the verb (`Jackie Baillie,
    // health spokeswoman for the Labour Party, which uncovered the figures,
    // said …`). Look back up to three clauses for a person.
    let chunkEnd = start - 1;
    for (let back = 0; back < 3 && chunkEnd >= 0; back++) {
      let chunkStart = chunkEnd;
      while (
        chunkStart > 0 &&
        !(tokens[chunkStart - 1]!.kind === "punct" && CLAUSE.has(tokens[chunkStart - 1]!.text))
      )
        chunkStart--;
      const earlier = readPhrase(tokens.slice(chunkStart, chunkEnd), compiled, kindOf, "last");
      if (earlier.kind === "entity" && kindOf(earlier.entity) === "Person") {
        return { construction: "speaker-apposition-verb-quote", reading: earlier, verb };
      }
      chunkEnd = chunkStart - 1;
    }
    if (reading.kind !== "none") return { construction: own, reading, verb };
  }
  for (let a = 0; a < last; a++) {
    const length = phraseAt(tokens, a, compiled.accordingTo);
    if (length === 0) continue;
    const reading = readPhrase(phraseUntilPunct(tokens, a + length, 8), compiled, kindOf, "first");
    if (reading.kind !== "none") return { construction: "according-to", reading };
  }
  return undefined;
}

/** A sentence's subject before its first reporting verb (`Kerry said on Friday …`). */
export function sentenceSubject(
  tokens: readonly Token[],
  compiled: CompiledTable,
  kindOf: KindOf,
): Attribution | undefined {
  for (let v = 0; v < tokens.length && v < 14; v++) {
    const t = tokens[v]!;
    if (t.kind === "quote") return undefined;
    const length = phraseAt(tokens, v, compiled.verbs);
    if (length === 0) continue;
    let end = v;
    while (end > 0 && isAux(tokens[end - 1], compiled)) end--;
    let start = end;
    while (
      start > 0 &&
      !(tokens[start - 1]!.kind === "punct" && CLAUSE.has(tokens[start - 1]!.text))
    )
      start--;
    const reading = readPhrase(tokens.slice(start, end), compiled, kindOf, "last");
    if (reading.kind === "none") return undefined;
    return { construction: "next-sentence-subject", reading, verb: verbText(tokens, v, length) };
  }
  return undefined;
}

/** The confidence of an attribution once its reading is final (0 without an entity). */
export function confidenceOf(construction: Construction, resolved: boolean): number {
  return resolved ? CONSTRUCTION_CONFIDENCE[construction] : 0;
}
