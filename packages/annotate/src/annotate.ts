import {
  type Article,
  type EntityId,
  type EntityType,
  type Inline,
  type Quote,
  quoteSpanWords,
} from "@newsdoc/core/kit";
import { english } from "./languages/english.js";
import type { LanguageTable } from "./languages/language-table.js";
import { languageTable } from "./languages/language-tables.js";
import { findNames, type NameMatch } from "./mentions/find-mentions.js";
import { nameIndex } from "./mentions/name-index.js";
import { type Relations, relationsOf } from "./mentions/relations.js";
import { type AnnotateOptions, resolveOptions } from "./options.js";
import { dashDialogue } from "./quotes/dash-dialogue.js";
import { findPassages, type Passage } from "./quotes/find-passages.js";
import { quoteMode } from "./quotes/quote-mode.js";
import { keepReferenced } from "./registry/keep-referenced.js";
import type {
  AmbiguousMention,
  AnnotateProblem,
  AnnotateReport,
  MentionAnnotation,
  QuoteAnnotation,
} from "./report.js";
import {
  type Attribution,
  attributeAfter,
  attributeBefore,
  sentenceSubject,
} from "./speakers/attribute.js";
import { CONSTRUCTION_CONFIDENCE } from "./speakers/construction.js";
import { compileTable } from "./speakers/phrases.js";
import type { SpeakerProposal } from "./speakers/speaker-proposal.js";
import { type NameSpan, tokenize } from "./speakers/tokens.js";
import { isSentenceStart, sentenceStarts } from "./text/sentences.js";
import { type FlatText, flatten } from "./tree/flatten.js";
import { type InlineContainer, inlineContainers } from "./tree/inline-containers.js";
import { insertMentions, type MentionInsert } from "./tree/insert-mentions.js";
import { wrapRange } from "./tree/wrap-range.js";

/** What {@link annotate} returns: the annotated copy of the article and the report. */
export interface AnnotateResult {
  /** A new article; the input is not changed. Its plain text is the input's, character for character. */
  readonly article: Article;
  readonly report: AnnotateReport;
}

/** How far before and after a quote attribution constructions are looked for (characters). */
const WINDOW = 400;

interface ContainerWork {
  readonly container: InlineContainer;
  readonly flat: FlatText;
  readonly names: NameMatch[];
  readonly passages: Passage[];
  starts: number[];
}

interface Found {
  readonly work: ContainerWork;
  readonly index: number;
  readonly passage: Passage;
  readonly text: string;
  readonly mode: "direct" | "partial";
  startsSentence: boolean;
  speaker?: SpeakerProposal;
  alternatives: SpeakerProposal[];
  continues?: number;
}

/**
 * Proposes what an editor would otherwise mark by hand, and marks what it is
 * sure of: every occurrence of a registry name (`name` or `alternateNames`)
 * becomes a mention; every passage between quotation marks becomes a quote
 * with its span, its words as `text`, `partial` or `direct`, and a speaker
 * found by an attribution construction ("Peskov added", "said John Kerry",
 * "according to Gazeta") — added only when the speaker's confidence reaches
 * `options.applyAbove`. The text never changes: `plainText` of every
 * paragraph, heading and caption is the same before and after.
 *
 * With `options.registry`, names are also looked up in a shared registry,
 * and the entities of it that the result refers to join its `entities`.
 *
 * Works on a copy: the input article is left as it is. Expects a valid
 * article (run `parseArticle` on data you did not build); the result is
 * valid whenever the input is.
 *
 * @example
 * ```ts
 * import { annotate } from "@newsdoc/annotate";
 *
 * const { article, report } = annotate(draft, { applyAbove: 0.8 });
 * for (const q of report.quotes) {
 *   console.log(q.text, q.speaker?.entity, q.speaker?.confidence, q.speaker?.construction);
 * }
 * ```
 */
export function annotate(article: Article, options: AnnotateOptions = {}): AnnotateResult {
  const opts = resolveOptions(options);
  const registry = options.registry ?? [];
  if (registry.length === 0 || !Array.isArray(article?.entities))
    return annotateOwn(article, options, opts);
  // The shared registry joins the article's for the look-up; afterwards only
  // the entities the article refers to stay.
  const known = new Set(article.entities.map((e) => e.id));
  const added = registry.filter((e) => !known.has(e.id));
  const result = annotateOwn(
    { ...article, entities: [...article.entities, ...added] },
    options,
    opts,
  );
  return {
    article: keepReferenced(result.article, new Set(added.map((e) => e.id))),
    report: result.report,
  };
}

function annotateOwn(
  input: Article,
  options: AnnotateOptions,
  opts: ReturnType<typeof resolveOptions>,
): AnnotateResult {
  if (
    input === null ||
    typeof input !== "object" ||
    !Array.isArray(input.body) ||
    !Array.isArray(input.entities) ||
    !Array.isArray(input.quotes)
  ) {
    throw new TypeError(
      "annotate: expected a newsdoc article (an object with body, entities and quotes arrays); validate it with parseArticle from @newsdoc/core first.",
    );
  }
  const chosen: LanguageTable | undefined =
    options.language ?? languageTable(String(input.language ?? ""));
  const table = chosen ?? english;
  const compiled = compileTable(table);
  const article: Article = structuredClone(input);
  const kinds = new Map<EntityId, EntityType>(article.entities.map((e) => [e.id, e.type]));
  const kindOf = (id: EntityId) => kinds.get(id);
  const index = nameIndex(article.entities, new Set());
  const relations = relationsOf(article.entities);
  const { containers, write } = inlineContainers(article);
  const problems: AnnotateProblem[] = [];

  // 1. Names, quoted passages and sentences of every container.
  const works: ContainerWork[] = [];
  let carried: { mark: string } | undefined;
  let carriedFrom: { work: ContainerWork; passage: Passage } | undefined;
  for (const container of containers) {
    const flat = flatten(container.children);
    const rawStarts = new Set(sentenceStarts(flat.text, table));
    const names = findNames(flat.text, flat.leaves, index, (offset) =>
      isSentenceStart(flat.text, offset, rawStarts),
    );
    const masked = maskOf(flat, names);
    const scan = opts.quotes
      ? findPassages(flat.text, masked, container.follows ? carried : undefined)
      : { passages: [], unclosed: [] };
    let passages = scan.passages;
    if (opts.quotes && passages.length === 0 && flat.quoteSpans.length === 0) {
      const dash = dashDialogue(flat.text, compiled);
      if (dash) passages = [dash];
    }
    for (const mark of scan.unclosed) {
      problems.push({
        path: container.path,
        offset: mark.offset,
        code: "unclosed-quotation-mark",
        message: `The quotation mark ${mark.mark} at character ${mark.offset} is never closed; no quote was proposed for it. Check the text for a missing closing mark.`,
      });
    }
    const work: ContainerWork = { container, flat, names, passages, starts: [] };
    // A quote left open by the previous paragraph goes on only if this one opens again.
    if (carriedFrom) {
      const goesOn = passages.some((p) => p.continuesPrevious);
      if (!goesOn) {
        const dropped = carriedFrom.passage;
        carriedFrom.work.passages.splice(carriedFrom.work.passages.indexOf(dropped), 1);
        problems.push({
          path: carriedFrom.work.container.path,
          offset: dropped.start,
          code: "unclosed-quotation-mark",
          message: `The quotation mark ${dropped.open} at character ${dropped.start} is never closed, and the next paragraph does not open a continuation; no quote was proposed for it.`,
        });
      }
    }
    carried = scan.openAtEnd;
    carriedFrom = scan.openAtEnd
      ? { work, passage: passages.find((p) => p.continuesNext)! }
      : undefined;
    works.push(work);
  }
  if (carriedFrom) {
    const dropped = carriedFrom.passage;
    carriedFrom.work.passages.splice(carriedFrom.work.passages.indexOf(dropped), 1);
    problems.push({
      path: carriedFrom.work.container.path,
      offset: dropped.start,
      code: "unclosed-quotation-mark",
      message: `The quotation mark ${dropped.open} at character ${dropped.start} is never closed; no quote was proposed for it.`,
    });
  }
  for (const work of works) {
    const top = work.passages.filter((p) => !p.nested);
    work.starts = sentenceStarts(work.flat.text, table).filter(
      (s) => !top.some((p) => p.start < s && s < p.end),
    );
  }

  // 2. Speakers, in document order (pronouns carry the last named speaker).
  const found: Found[] = [];
  let lastPerson: EntityId | undefined;
  let lastGroup: EntityId | undefined;
  const personsSince = new Set<EntityId>();
  const groupsSince = new Set<EntityId>();
  works.forEach((work, workIndex) => {
    const text = work.flat.text;
    const spans: NameSpan[] = [
      ...work.names,
      ...work.flat.mentions.map((m) => ({ start: m.start, end: m.end, entities: [m.entity] })),
    ].sort((a, b) => a.start - b.start);
    const top = work.passages.filter((p) => !p.nested);
    const quoteRanges = [...top, ...work.flat.quoteSpans];
    const quotedMask = new Uint8Array(text.length + 1);
    for (const q of quoteRanges) quotedMask.fill(1, q.start, q.end);
    let nextSpan = 0;
    const noteNames = (upTo: number) => {
      for (; nextSpan < spans.length && spans[nextSpan]!.start < upTo; nextSpan++) {
        const span = spans[nextSpan]!;
        if (quotedMask[span.start] === 1) continue;
        if (span.entities.length !== 1) continue;
        const kind = kindOf(span.entities[0]!);
        if (kind === "Person") personsSince.add(span.entities[0]!);
        if (kind === "Organization") groupsSince.add(span.entities[0]!);
      }
    };
    for (const passage of top) {
      noteNames(passage.start);
      const sentenceStart = lastAtOrBefore(work.starts, passage.start);
      const sentenceEnd = firstAfter(work.starts, passage.start) ?? text.length;
      const others = quoteRanges.filter((q) => q !== passage);
      // Constructions are local: read at most a few hundred characters either side.
      const after = tokenize(
        text,
        passage.end,
        Math.max(passage.end, Math.min(sentenceEnd, passage.end + WINDOW)),
        spans,
        others,
      );
      const before = tokenize(
        text,
        Math.max(sentenceStart, passage.start - WINDOW),
        passage.start,
        spans,
        others,
      );
      const words = quoteSpanWords(text.slice(passage.start, passage.end));
      const startsSentence = before.length === 0 || before.every((t) => t.kind === "punct");
      const item: Found = {
        work,
        index: workIndex,
        passage,
        text: words,
        mode: quoteMode(words, startsSentence),
        startsSentence,
        alternatives: [],
      };
      const attributions: Attribution[] = [];
      const a = attributeAfter(trimEnd(after), compiled, kindOf);
      if (a) attributions.push(a);
      const b = attributeBefore(before, compiled, kindOf);
      if (b) attributions.push(b);
      const proposals = attributions.map((attribution) =>
        toProposal(attribution, { lastPerson, lastGroup, personsSince, groupsSince }),
      );
      const standalone = startsSentence && after.filter((t) => t.kind !== "punct").length === 0;
      // Context only when no construction matched: one that matched but named
      // no registry entity (or an unclear pronoun) says someone else spoke.
      if (proposals.length === 0) {
        proposals.push(
          ...contextProposals(item, standalone, found, works, compiled, kindOf, spans, others),
        );
      }
      proposals.sort((x, y) => y.confidence - x.confidence);
      const best = proposals.find((p) => p.entity !== undefined) ?? proposals[0];
      if (best) {
        item.speaker = best;
        item.alternatives = proposals.filter((p) => p !== best);
      }
      if (passage.continuesPrevious) {
        const previous = [...found].reverse().find((f) => f.passage.continuesNext);
        if (previous) item.continues = found.indexOf(previous);
      }
      found.push(item);
      if (best?.entity) {
        const kind = kindOf(best.entity);
        if (kind === "Person") {
          lastPerson = best.entity;
          personsSince.clear();
        } else if (kind === "Organization") {
          lastGroup = best.entity;
          groupsSince.clear();
        }
      }
      noteNames(passage.end);
    }
    noteNames(text.length + 1);
  });

  // A quote over several paragraphs has one speaker: the best any part found.
  for (let i = 0; i < found.length; i++) {
    const chain = [found[i]!];
    while (chain[chain.length - 1]!.passage.continuesNext) {
      const next = found.find((f) => f.continues === found.indexOf(chain[chain.length - 1]!));
      if (!next) break;
      chain.push(next);
    }
    if (chain.length < 2 || found[i]!.continues !== undefined) continue;
    const best = chain
      .map((f) => f.speaker)
      .filter((s): s is SpeakerProposal => s?.entity !== undefined)
      .sort((x, y) => y.confidence - x.confidence)[0];
    if (best) for (const part of chain) part.speaker = best;
  }

  // 3. Apply: quotes at or above the threshold, then mentions.
  const ids = new Set<string>([
    ...article.entities.map((e) => e.id),
    ...article.quotes.map((q) => q.id),
    ...article.claims.map((c) => c.id),
  ]);
  const perSpeaker = new Map<string, number>();
  const newId = (speaker: string) => {
    let n = perSpeaker.get(speaker) ?? 0;
    let id: string;
    do {
      n++;
      id = `q-${speaker}-${n}`;
    } while (ids.has(id));
    perSpeaker.set(speaker, n);
    ids.add(id);
    return id;
  };
  const reportQuotes: QuoteAnnotation[] = [];
  for (const item of found) {
    const { passage, work } = item;
    const speaker = item.speaker;
    let applied = false;
    let quoteId: string | undefined;
    let notApplied: QuoteAnnotation["notApplied"];
    if (!speaker?.entity) notApplied = "no-speaker";
    else if (speaker.confidence < opts.applyAbove) notApplied = "below-threshold";
    else if (!/\S/u.test(item.text)) notApplied = "no-speaker";
    else {
      const id = newId(speaker.entity);
      const wrapped = wrapRange(work.container.children, passage.start, passage.end, (inner) => ({
        type: "quote",
        quote: id,
        children: inner,
      }));
      if (wrapped) {
        work.container.children = wrapped;
        const quote: Quote = { id, speaker: speaker.entity, text: item.text, mode: item.mode };
        if (speaker.verb) quote.verb = speaker.verb;
        article.quotes.push(quote);
        applied = true;
        quoteId = id;
      } else {
        ids.delete(id);
        perSpeaker.set(speaker.entity, (perSpeaker.get(speaker.entity) ?? 1) - 1);
        notApplied = "crosses-markup";
      }
    }
    reportQuotes.push({
      path: work.container.path,
      offset: passage.start,
      length: passage.end - passage.start,
      text: item.text,
      marks: [passage.open, passage.close],
      mode: item.mode,
      ...(speaker ? { speaker } : {}),
      alternatives: item.alternatives,
      applied,
      ...(quoteId ? { quote: quoteId } : {}),
      ...(notApplied ? { notApplied } : {}),
      ...(item.continues !== undefined ? { continues: item.continues } : {}),
    });
  }

  const mentions: MentionAnnotation[] = [];
  const ambiguous: AmbiguousMention[] = [];
  const seen = new Set<EntityId>();
  if (opts.firstOnly)
    for (const work of works) for (const m of work.flat.mentions) seen.add(m.entity);
  for (const work of works) {
    if (!opts.mentions) break;
    const quoted = new Uint8Array(work.flat.text.length + 1);
    for (const q of [...work.passages.filter((p) => !p.nested), ...work.flat.quoteSpans])
      quoted.fill(1, q.start, q.end);
    const inserts: (MentionInsert & { text: string; resolved?: MentionAnnotation["resolved"] })[] =
      [];
    for (const match of work.names) {
      const inQuote = quoted[match.start] === 1;
      if (opts.skipInsideQuotes && inQuote) continue;
      const allowed = match.entities.filter((id) => !opts.exclude.has(id));
      if (allowed.length === 0) continue;
      let entity = allowed[0]!;
      let resolved: MentionAnnotation["resolved"];
      if (match.entities.length > 1) {
        const linked = opts.resolveAmbiguous ? linkedCandidate(work, match, relations) : undefined;
        if (!linked || opts.exclude.has(linked.entity)) {
          ambiguous.push({
            path: work.container.path,
            offset: match.start,
            text: match.text,
            entities: match.entities,
          });
          continue;
        }
        entity = linked.entity;
        resolved = { candidates: match.entities, linkedTo: linked.by };
      }
      if (opts.firstOnly && seen.has(entity)) continue;
      seen.add(entity);
      inserts.push({
        start: match.start,
        end: match.end,
        entity,
        text: match.text,
        ...(resolved ? { resolved } : {}),
      });
    }
    const { nodes, skipped: skippedList } = insertMentions(work.container.children, inserts);
    const skipped = new Set(skippedList);
    work.container.children = nodes;
    for (const insert of inserts) {
      if (skipped.has(insert)) {
        problems.push({
          path: work.container.path,
          offset: insert.start,
          code: "mention-crosses-markup",
          message: `"${insert.text}" at character ${insert.start} names ${insert.entity} but crosses the edge of a link, emphasis or quote span; it was not marked.`,
        });
      } else {
        mentions.push({
          path: work.container.path,
          offset: insert.start,
          text: insert.text,
          entity: insert.entity,
          ...(insert.resolved ? { resolved: insert.resolved } : {}),
        });
      }
    }
  }
  write();
  const report: AnnotateReport = {
    language: { table: table.languages[0] ?? "en", fallback: chosen === undefined },
    mentions,
    ambiguous,
    quotes: reportQuotes,
    problems,
  };
  return { article, report };
}

function maskOf(flat: FlatText, names: readonly NameMatch[]): (i: number) => boolean {
  const mask = new Uint8Array(flat.text.length);
  for (const r of [...flat.mentions, ...flat.quoteSpans, ...names]) mask.fill(1, r.start, r.end);
  return (i) => mask[i] === 1;
}

/**
 * A name several entities share, resolved by the registry: the one candidate
 * directly linked (affiliation, containedInPlace, …) to an entity named in
 * the same sentence ("Kremlin spokesperson, Dmitry Peskov": Peskov's
 * affiliation is the Kremlin the organisation, not the Kremlin the place).
 * `undefined` when no candidate or more than one is linked.
 */
function linkedCandidate(
  work: ContainerWork,
  match: NameMatch,
  relations: Relations,
): { entity: EntityId; by: EntityId } | undefined {
  const start = lastAtOrBefore(work.starts, match.start);
  const end = firstAfter(work.starts, match.start) ?? work.flat.text.length;
  const named = new Set<EntityId>();
  const others = [
    ...work.names,
    ...work.flat.mentions.map((m) => ({ ...m, entities: [m.entity] })),
  ];
  for (const other of others) {
    if (other.start < start || other.start >= end || other.start === match.start) continue;
    if (other.entities.length === 1) named.add(other.entities[0]!);
  }
  const linked: { entity: EntityId; by: EntityId }[] = [];
  for (const candidate of match.entities) {
    const by = [...named].find((id) => id !== candidate && relations.related(candidate, id));
    if (by) linked.push({ entity: candidate, by });
  }
  return linked.length === 1 ? linked[0] : undefined;
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let best = 0;
  for (const s of starts) if (s <= offset) best = s;
  return best;
}

function firstAfter(starts: readonly number[], offset: number): number | undefined {
  return starts.find((s) => s > offset);
}

function trimEnd<T extends { kind: string; text: string }>(tokens: readonly T[]): T[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === "punct" && /[.!?…]/u.test(tokens[end - 1]!.text))
    end--;
  return tokens.slice(0, end);
}

interface PronounState {
  readonly lastPerson: EntityId | undefined;
  readonly lastGroup: EntityId | undefined;
  readonly personsSince: ReadonlySet<EntityId>;
  readonly groupsSince: ReadonlySet<EntityId>;
}

function toProposal(attribution: Attribution, state: PronounState): SpeakerProposal {
  const { reading, construction } = attribution;
  const verb = attribution.verb ? { verb: attribution.verb } : {};
  if (reading.kind === "entity") {
    return {
      entity: reading.entity,
      text: reading.text,
      confidence: CONSTRUCTION_CONFIDENCE[construction],
      construction,
      ...verb,
    };
  }
  if (reading.kind === "pronoun") {
    const last = reading.group ? state.lastGroup : state.lastPerson;
    const since = reading.group ? state.groupsSince : state.personsSince;
    const clear = last !== undefined && [...since].every((id) => id === last);
    if (clear) {
      return {
        entity: last,
        text: reading.text,
        confidence: CONSTRUCTION_CONFIDENCE.pronoun,
        construction: "pronoun",
        ...verb,
      };
    }
    return {
      text: reading.text,
      confidence: 0,
      construction: "pronoun",
      unresolved: "pronoun-ambiguous",
      ...verb,
    };
  }
  return {
    text: reading.text,
    confidence: 0,
    construction,
    unresolved: reading.why,
    ...(reading.candidates ? { candidates: reading.candidates } : {}),
    ...verb,
  };
}

function contextProposals(
  item: Found,
  standalone: boolean,
  found: readonly Found[],
  works: readonly ContainerWork[],
  compiled: ReturnType<typeof compileTable>,
  kindOf: (id: EntityId) => EntityType | undefined,
  spans: readonly NameSpan[],
  others: readonly { start: number; end: number }[],
): SpeakerProposal[] {
  const out: SpeakerProposal[] = [];
  const { work, passage } = item;
  const text = work.flat.text;
  const previous = found[found.length - 1];
  const sentenceStart = lastAtOrBefore(work.starts, passage.start);
  const firstSentence =
    sentenceStart === lastAtOrBefore(work.starts, 0) && work.starts.indexOf(sentenceStart) <= 0;
  // A quote standing alone right after an attributed one: the same speaker goes on.
  if (standalone && previous?.speaker?.entity) {
    const sameContainer = previous.work === work;
    const nextParagraph =
      previous.index === item.index - 1 && work.container.follows && firstSentence;
    const between = sameContainer ? text.slice(previous.passage.end, passage.start) : "";
    const adjacent = sameContainer && !/[.!?].*[.!?]/su.test(between.replace(/^[^.!?]*[.!?]/u, ""));
    if (adjacent || nextParagraph) {
      out.push({
        entity: previous.speaker.entity,
        text: previous.speaker.text,
        confidence: Math.min(
          CONSTRUCTION_CONFIDENCE["continues-previous-quote"],
          previous.speaker.confidence,
        ),
        construction: "continues-previous-quote",
      });
    }
  }
  // The next sentence's subject, for a quote that is a sentence of its own.
  if (standalone) {
    const next = firstAfter(work.starts, passage.start);
    if (next !== undefined) {
      const end = firstAfter(work.starts, next) ?? text.length;
      const subject = sentenceSubject(
        tokenize(text, next, Math.min(end, next + WINDOW), spans, others),
        compiled,
        kindOf,
      );
      if (subject?.reading.kind === "entity") {
        out.push({
          entity: subject.reading.entity,
          text: subject.reading.text,
          confidence: CONSTRUCTION_CONFIDENCE["next-sentence-subject"],
          construction: "next-sentence-subject",
          ...(subject.verb ? { verb: subject.verb } : {}),
        });
      }
    }
  }
  // The previous sentence names a speaker with a reporting verb.
  const prevStart = [...work.starts].reverse().find((s) => s < sentenceStart);
  if (prevStart !== undefined) {
    const earlier = attributeBefore(
      tokenize(text, Math.max(prevStart, sentenceStart - WINDOW), sentenceStart, spans, others),
      compiled,
      kindOf,
    );
    if (earlier?.reading.kind === "entity") {
      out.push({
        entity: earlier.reading.entity,
        text: earlier.reading.text,
        confidence: CONSTRUCTION_CONFIDENCE["previous-sentence-speaker"],
        construction: "previous-sentence-speaker",
        ...(earlier.verb ? { verb: earlier.verb } : {}),
      });
    }
  }
  // Only the last named speaker of the paragraph: a guess for the editor.
  const lastHere = [...found].reverse().find((f) => f.work === work && f.speaker?.entity);
  if (lastHere?.speaker?.entity && out.length === 0) {
    out.push({
      entity: lastHere.speaker.entity,
      text: lastHere.speaker.text,
      confidence: CONSTRUCTION_CONFIDENCE["last-speaker"],
      construction: "last-speaker",
    });
  }
  void works;
  return out;
}

export type { Inline };
