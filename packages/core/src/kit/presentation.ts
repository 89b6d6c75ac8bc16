import type { Article } from "../model/article.js";
import type { Entity } from "../model/entity.js";
import type { Quote } from "../model/quote.js";
import type { ArticleIndex } from "./create-index.js";
import { callFormatDate, type DateKind, type FormatDate } from "./format-date.js";
import type { Labels } from "./labels.js";

/*
 * The words around an article's data that every renderer prints the same
 * way: the byline, the dates, who a quote is from. Each comes as a list of
 * parts — plain words, an entity, a date — that a renderer maps to its own
 * markup (a link, a `<time>`, escaped text), so the words are decided once.
 */

/** Plain words the renderer writes as they are (escaped for its format). */
export interface TextPart {
  readonly type: "text";
  readonly text: string;
}

/**
 * An entity shown by its name: a renderer that links entities links it.
 * `role` says where it stands (which class name HTML gives it).
 */
export interface EntityPart {
  readonly type: "entity";
  readonly entity: Entity;
  /** `author` in a byline, `speaker` or `channel` in an attribution, `place` in a dateline. */
  readonly role: "author" | "speaker" | "channel" | "place";
}

/** A date: `iso` is machine-readable (`<time datetime>`), `text` what the reader sees. */
export interface DatePart {
  readonly type: "date";
  readonly iso: string;
  readonly kind: DateKind;
  /** `formatDate(iso, kind)`. */
  readonly text: string;
}

/** One piece of a presentation line. */
export type PresentationPart = TextPart | EntityPart | DatePart;

const text = (value: string): TextPart => ({ type: "text", text: value });

/** Between the byline and the dates, and between the two dates, when a format puts them on one line. */
export const PART_SEPARATOR = " · ";

/** `label` and a space, or nothing when the label is empty (`labels.by: ""`). */
function prefix(label: string): TextPart[] {
  return label === "" ? [] : [text(`${label} `)];
}

/**
 * The byline: `article.byline` as printed, else `labels.by` and the
 * authors ("By A, B and C"), each an entity part; `[]` when there is
 * neither.
 *
 * @example
 * ```ts
 * bylineParts(article, createIndex(article), DEFAULT_LABELS);
 * // [{ type: "text", text: "By " }, { type: "entity", entity: sharkov, role: "author" }]
 * ```
 */
export function bylineParts(
  article: Article,
  lookup: ArticleIndex,
  labels: Readonly<Labels>,
): PresentationPart[] {
  if (article.byline) return [text(article.byline)];
  const authors = article.authors;
  if (authors.length === 0) return [];
  const parts: PresentationPart[] = prefix(labels.by);
  authors.forEach((id, i) => {
    if (i > 0) parts.push(text(i === authors.length - 1 ? ` ${labels.and} ` : ", "));
    parts.push({ type: "entity", entity: lookup.requireEntity(id), role: "author" });
  });
  return parts;
}

/** Whether two ISO date strings name the same instant (or are the same string). */
export function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Date.parse(a);
  return !Number.isNaN(x) && x === Date.parse(b);
}

/**
 * The dates line: `labels.published` and the publication date, then
 * `labels.modified` and the modification date — said once when both are
 * the same instant (however it is spelled). `[]` when neither is known.
 *
 * @example
 * ```ts
 * datelineParts(article, DEFAULT_LABELS, formatDateEnglish).map((p) => p.type === "text" ? p.text : p.type === "date" ? p.text : "");
 * // ["Published ", "11 September 2015", " · ", "Updated ", "11 September 2015"]
 * ```
 */
export function datelineParts(
  article: Article,
  labels: Readonly<Labels>,
  formatDate: FormatDate,
): PresentationPart[] {
  const parts: PresentationPart[] = [];
  const date = (iso: string, kind: DateKind): DatePart => ({
    type: "date",
    iso,
    kind,
    text: callFormatDate(formatDate, iso, kind),
  });
  const { datePublished: published, dateModified: modified } = article;
  if (published) parts.push(...prefix(labels.published), date(published, "published"));
  if (modified && !(published && sameInstant(published, modified))) {
    if (parts.length > 0) parts.push(text(PART_SEPARATOR));
    parts.push(...prefix(labels.modified), date(modified, "modified"));
  }
  return parts;
}

/**
 * Who a blockquote is from: "— Speaker, via Channel" (the channel only
 * when the quote names one that resolves).
 *
 * @example
 * ```ts
 * attributionParts(quote, lookup, DEFAULT_LABELS); // "— ", Dmitry Peskov, ", via ", Itar Tass
 * ```
 */
export function attributionParts(
  quote: Quote,
  lookup: ArticleIndex,
  labels: Readonly<Labels>,
): PresentationPart[] {
  const parts: PresentationPart[] = [
    text("— "),
    { type: "entity", entity: lookup.requireEntity(quote.speaker), role: "speaker" },
  ];
  const via = quote.via === undefined ? undefined : lookup.entity(quote.via);
  if (via !== undefined) parts.push(text(`, ${labels.via} `), channel(via));
  return parts;
}

function channel(entity: Entity): EntityPart {
  return { type: "entity", entity, role: "channel" };
}

/**
 * How, to whom, where and when a quote was said, and how it is reported,
 * for the quotes appendix: "told press via Tass on Friday (direct
 * quotation)". The audience's own words are kept ("press"); `labels.to`
 * goes before it unless the verb is "told".
 *
 * @example
 * ```ts
 * quoteDetailParts(quote, lookup, DEFAULT_LABELS); // "said", " ", "via ", Itar Tass, " ", "(direct quotation)"
 * ```
 */
export function quoteDetailParts(
  quote: Quote,
  lookup: ArticleIndex,
  labels: Readonly<Labels>,
): PresentationPart[] {
  const parts: PresentationPart[] = [];
  const space = () => {
    if (parts.length > 0) parts.push(text(" "));
  };
  if (quote.verb) parts.push(text(quote.verb));
  if (quote.audience?.text) {
    space();
    // "told press", but "said to press".
    const to = quote.verb === "told" || labels.to === "" ? "" : `${labels.to} `;
    parts.push(text(to + quote.audience.text));
  }
  const via = quote.via === undefined ? undefined : lookup.entity(quote.via);
  if (via !== undefined) {
    space();
    parts.push(...prefix(labels.via), channel(via));
  }
  if (quote.when?.text) {
    space();
    parts.push(text(quote.when.text));
  }
  space();
  parts.push(text(`(${labels.modes[quote.mode] ?? quote.mode})`));
  return parts;
}

/** The words of parts as a reader sees them: entity names, shown dates, text. */
export function partsText(parts: readonly PresentationPart[]): string {
  let out = "";
  for (const part of parts) {
    out += part.type === "entity" ? part.entity.name : part.text;
  }
  return out;
}
