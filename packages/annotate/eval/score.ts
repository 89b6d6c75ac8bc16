import type { Article } from "@newsdoc/core/kit";
import { type AnnotateOptions, annotate } from "../src/index.js";
import { stripAnnotations } from "../src/strip-annotations.js";
import { flatten } from "../src/tree/flatten.js";
import { inlineContainers } from "../src/tree/inline-containers.js";
import type { EvalArticle } from "./eval-article.js";

/** Precision and recall of one kind of annotation. */
export interface PrecisionRecall {
  readonly found: number;
  readonly expected: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

/** The eval's numbers for one article. */
export interface ArticleScore {
  readonly name: string;
  readonly mentions: PrecisionRecall;
  readonly ambiguous: number;
  /** Quoted passages (the answer's `direct` and `partial` spans) against the passages annotate found. */
  readonly quoteSpans: PrecisionRecall;
  /** Of the answer's quoted passages, how many annotate found with the right speaker proposed (any confidence). */
  readonly speakers: { readonly correct: number; readonly expected: number };
  /** The quotes applied at the threshold: how many, how many with the right speaker. */
  readonly applied: {
    readonly applied: number;
    readonly correct: number;
    readonly threshold: number;
  };
  /** Of the passages found, how many with the answer's mode. */
  readonly modes: { readonly correct: number; readonly found: number };
  /** Spans of the answer that are reported speech (`indirect`): annotate does not look for these. */
  readonly indirectSpans: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function pr(found: number, expected: number, correct: number): PrecisionRecall {
  return {
    found,
    expected,
    correct,
    precision: ratio(correct, found),
    recall: ratio(correct, expected),
  };
}

interface Expected {
  mentions: Map<string, string>;
  spans: Map<string, { speaker: string; mode: string }>;
  indirect: number;
}

function expected(answer: Article): Expected {
  const quotes = new Map(answer.quotes.map((q) => [q.id, q]));
  const out: Expected = { mentions: new Map(), spans: new Map(), indirect: 0 };
  for (const container of inlineContainers(answer).containers) {
    if (container.path[0] !== "body") continue;
    const flat = flatten(container.children);
    const where = container.path.join(".");
    for (const m of flat.mentions)
      out.mentions.set(`${where}@${m.start}+${m.end - m.start}`, m.entity);
    for (const s of flat.quoteSpans) {
      const quote = quotes.get(s.quote);
      if (!quote) continue;
      if (quote.mode === "indirect") {
        out.indirect++;
        continue;
      }
      out.spans.set(`${where}@${s.start}+${s.end - s.start}`, {
        speaker: quote.speaker,
        mode: quote.mode,
      });
    }
  }
  return out;
}

/**
 * Runs `annotate` on the article stripped of its mentions and quote spans
 * (same text, same registry) and compares what it finds with the answer.
 */
export function scoreArticle(item: EvalArticle, options: AnnotateOptions = {}): ArticleScore {
  const threshold = options.applyAbove ?? 0.8;
  const answer = expected(item.answer);
  const { report } = annotate(stripAnnotations(item.answer), options);
  const body = <T extends { path: readonly (string | number)[] }>(list: readonly T[]) =>
    list.filter((x) => x.path[0] === "body");
  const mentions = body(report.mentions);
  const mentionHits = mentions.filter(
    (m) => answer.mentions.get(`${m.path.join(".")}@${m.offset}+${m.text.length}`) === m.entity,
  ).length;
  const quotes = body(report.quotes);
  let spanHits = 0;
  let speakerHits = 0;
  let modeHits = 0;
  let applied = 0;
  let appliedHits = 0;
  for (const q of quotes) {
    const want = answer.spans.get(`${q.path.join(".")}@${q.offset}+${q.length}`);
    if (q.applied) applied++;
    if (!want) continue;
    spanHits++;
    if (q.mode === want.mode) modeHits++;
    if (q.speaker?.entity === want.speaker) {
      speakerHits++;
      if (q.applied) appliedHits++;
    }
  }
  return {
    name: item.name,
    mentions: pr(mentions.length, answer.mentions.size, mentionHits),
    ambiguous: body(report.ambiguous).length,
    quoteSpans: pr(quotes.length, answer.spans.size, spanHits),
    speakers: { correct: speakerHits, expected: answer.spans.size },
    applied: { applied, correct: appliedHits, threshold },
    modes: { correct: modeHits, found: spanHits },
    indirectSpans: answer.indirect,
  };
}
