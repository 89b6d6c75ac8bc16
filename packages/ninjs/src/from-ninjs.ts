import type { AnnotateOptions, AnnotateReport } from "@newsdoc/annotate";
import type { Article, Block, Entity, Quote } from "@newsdoc/core";
import { formatIssues, isHttpUrl, plainText, safeParseArticle } from "@newsdoc/core";
import type { FromHtmlOptions } from "@newsdoc/html/import";
import {
  annotateImport,
  cleanNonBlank,
  cleanText,
  createHtmlReader,
  dateAt,
  IdAllocator,
  isNonBlank,
  isObject,
  type JsonObject,
  languageAt,
  objectsAt,
  stringAt,
} from "@newsdoc/interop-kit";
import { articleIdFromUri } from "./item-uri.js";
import { NinjsImportError } from "./read/ninjs-import-error.js";
import { readConcepts } from "./read/read-concepts.js";
import { isHtmlType, readPicture } from "./read/read-picture.js";
import {
  isPublisherDescription,
  isSectionStep,
  isTranslation,
  readPublisherFields,
} from "./read/read-publisher-fields.js";
import { splitByline } from "./read/split-byline.js";
import { textBlocks } from "./read/text-blocks.js";
import type { Report } from "./report.js";

/** `fromHtml` options a caller may pass through (the registry and defaults are the importer's own). */
export type FromHtmlPassOptions = Pick<FromHtmlOptions, "classPrefix" | "whitespace" | "baseUrl">;

/** Options of {@link fromNinjs}. Every one is optional. */
export interface FromNinjsOptions {
  /** The article id. Default: the id in a `urn:newsdoc:<id>` uri, else the uri itself. */
  id?: string;
  /** The language when the item gives none (or an invalid one). Default `"und"` (undetermined), reported. */
  language?: string;
  /**
   * Propose what the source did not mark, with `@newsdoc/annotate`:
   * mentions where the registry's names (the item's own entities, and a
   * shared `registry` if given) appear in the text, quotes with their
   * speakers at `applyAbove`. `true` for annotate's defaults, or its
   * options. The text is not changed; the report says what was added and
   * `annotated` lists each proposal. The same as `newsdoc import
   * --annotate [--entities registry.yaml] [--apply-above n]`. Default:
   * no annotation.
   */
  annotate?: boolean | AnnotateOptions;
  /** Passed to the HTML importer that reads `text/html` bodies and captions. */
  html?: FromHtmlPassOptions;
}

/** What {@link fromNinjs} returns: a valid article and everything it did not keep as it was. */
export interface FromNinjsResult {
  article: Article;
  report: Report;
  /** With `options.annotate`: everything annotate found and did (each mention, quote and speaker proposal, the ambiguous names). */
  annotated?: AnnotateReport;
}

// Top-level properties this importer reads; every other one is reported.
const READ = new Set([
  "uri",
  "type",
  "version",
  "firstCreated",
  "versionCreated",
  "language",
  "headlines",
  "descriptions",
  "bodies",
  "by",
  "title",
  "slugline",
  "located",
  "people",
  "organisations",
  "places",
  "events",
  "objects",
  "subjects",
  "associations",
  "altIds",
  "standard",
  "renditions",
]);

const SUB_ROLES = new Set(["sub", "subheadline", "subtitle", "alternative", "dek", "kicker"]);

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** True when the item's HTML body is newsdoc's: `toNinjs` wraps it in `toHtml`'s `<div class="nd-body">`. */
function isOwnMarkup(item: JsonObject, html: FromHtmlPassOptions | undefined): boolean {
  if (html?.whitespace !== undefined) return false;
  const open = `<div class="${html?.classPrefix ?? "nd-"}body">`;
  return (
    Array.isArray(item.bodies) &&
    item.bodies.some(
      (b) =>
        isObject(b) &&
        typeof b.value === "string" &&
        isHtmlType(b.contentType as string | undefined) &&
        b.value.startsWith(open),
    )
  );
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Reads an IPTC ninjs item (3.x; earlier items with the same properties
 * read too) into a newsdoc article that passes `parseArticle`, and a report
 * of everything not kept as it was. The `text/html` body (or
 * `application/xhtml+xml`) is read through `@newsdoc/html/import`; a
 * `text/plain` one becomes paragraphs. People, organisations, places,
 * events and objects become the registry (`literal` as id, an http(s)
 * `uri` as `sameAs`); `rel` `about`/`author`/`publisher` become the
 * article's; `by` is the byline, and the authors when no concept is
 * `rel: "author"`; the first picture association is the lead image.
 *
 * @throws {@link NinjsImportError} when `item` is not a JSON object with a string `uri`.
 *
 * @example
 * ```ts
 * import { fromNinjs } from "@newsdoc/ninjs/import";
 * const { article, report } = fromNinjs(JSON.parse(feedItem));
 * for (const r of report) console.warn(`${r.kind} ${r.path}: ${r.message}`);
 * ```
 */
export function fromNinjs(item: unknown, options: FromNinjsOptions = {}): FromNinjsResult {
  if (!isObject(item)) {
    throw new NinjsImportError(
      `fromNinjs: expected a ninjs item (a JSON object), got ${item === null ? "null" : Array.isArray(item) ? "an array" : typeof item}.`,
    );
  }
  if (typeof item.uri !== "string" || !isNonBlank(item.uri)) {
    throw new NinjsImportError(
      "fromNinjs: the item has no uri (a string): every ninjs item must have one (it is its only required property).",
    );
  }
  const report: Report = [];
  const uri = item.uri;
  const ids = new IdAllocator();
  const concepts = readConcepts(item, ids, report);
  const entities: Entity[] = concepts.entities;
  const quotes: Quote[] = [];
  const own = isOwnMarkup(item, options.html);
  const html = createHtmlReader(entities, quotes, report, options.html, own);

  const type = stringAt(item, "type", "", report);
  if (type !== undefined && type !== "text" && type !== "composite") {
    report.push({
      kind: "approximated",
      path: "type",
      message: `A ${type} item becomes an article (its text and pictures are kept).`,
    });
  }

  // Headlines.
  let headline: string | undefined;
  let alternativeHeadline: string | undefined;
  for (const [h, at] of objectsAt(item, "headlines", "", report)) {
    const value = stringAt(h, "value", at, report);
    const role = stringAt(h, "role", at, report);
    if (!isNonBlank(value)) continue;
    const text = cleanNonBlank(
      isHtmlType(stringAt(h, "contentType", at, report))
        ? plainText(html.inline(value, `${at}.value`))
        : value,
      `${at}.value`,
      report,
    );
    if (text === undefined) continue;
    if (headline === undefined && (role === undefined || role === "main" || !SUB_ROLES.has(role)))
      headline = text;
    else if (alternativeHeadline === undefined && role !== undefined && SUB_ROLES.has(role))
      alternativeHeadline = text;
    else
      report.push({
        kind: "dropped",
        path: at,
        message: `newsdoc keeps one headline and one dek: this ${role ?? "extra"} headline was left out.`,
      });
  }

  // Descriptions.
  let description: string | undefined;
  for (const [d, at] of objectsAt(item, "descriptions", "", report)) {
    if (isPublisherDescription(d)) continue;
    const value = stringAt(d, "value", at, report);
    if (!isNonBlank(value)) continue;
    const text = isHtmlType(stringAt(d, "contentType", at, report))
      ? plainText(html.inline(value, `${at}.value`))
      : value;
    if (description === undefined && isNonBlank(text))
      description = cleanNonBlank(text, `${at}.value`, report);
    else
      report.push({
        kind: "dropped",
        path: at,
        message: "newsdoc keeps one description: this one was left out.",
      });
  }

  // Bodies: the HTML one if any, else the plain one.
  const bodies = objectsAt(item, "bodies", "", report).filter(([b]) => typeof b.value === "string");
  const htmlBody = bodies.find(([b]) => isHtmlType(b.contentType as string | undefined));
  const chosen = htmlBody ?? bodies[0];
  let body: Block[] = [];
  if (chosen) {
    const [b, at] = chosen;
    const value = b.value as string;
    body = htmlBody
      ? html.blocks(value, `${at}.value`)
      : textBlocks(cleanText(value, `${at}.value`, report));
    const kept = normalise(plainText(body));
    for (const [other, otherAt] of bodies) {
      if (other === b) continue;
      const text = isHtmlType(other.contentType as string | undefined)
        ? plainText(html.blocks(other.value as string, `${otherAt}.value`))
        : (other.value as string);
      report.push({
        kind: "dropped",
        path: otherAt,
        message:
          normalise(text) === kept
            ? `Another form of the same body (${String(other.contentType ?? "no content type")}): the ${htmlBody ? "HTML" : "first"} one was read.`
            : `A second body with different text (${String(other.contentType ?? "no content type")}, role ${String(other.role ?? "none")}): newsdoc keeps one body, the ${htmlBody ? "HTML" : "first"} one.`,
      });
    }
  }

  // Pictures: the first picture association is the lead image, the others figures at the end.
  let image: Article["image"];
  const pictures: Block[] = [];
  for (const [association, at] of objectsAt(item, "associations", "", report)) {
    if (isTranslation(association)) continue;
    const isPicture =
      association.type === "picture" ||
      association.type === "graphic" ||
      (association.type === undefined && Array.isArray(association.renditions));
    if (!isPicture) {
      report.push({
        kind: "dropped",
        path: at,
        message: `An associated ${String(association.type ?? "item")} has no place in a newsdoc article: left out.`,
      });
      continue;
    }
    const picture = readPicture(association, at, concepts, html, report);
    if (!image) image = picture;
    else {
      pictures.push({ type: "figure", image: picture });
      report.push({
        kind: "approximated",
        path: at,
        message: "A second picture: placed as a figure at the end of the body.",
      });
    }
  }
  if (!image && Array.isArray(item.renditions)) {
    image = readPicture(item, "", concepts, html, report);
    if (image.url === undefined) image = undefined;
    report.push({
      kind: "approximated",
      path: "renditions",
      message: "The item's own renditions: read as its lead image.",
    });
  }
  body = [...body, ...pictures];

  // Headline fallbacks: title, slugline, the body's first line, the uri.
  if (headline === undefined) {
    const title = [
      stringAt(item, "title", "", report),
      stringAt(item, "slugline", "", report),
    ].find(isNonBlank);
    const firstLine = plainText(body).split("\n").find(isNonBlank);
    const fallback = title ?? (firstLine ? firstLine.slice(0, 110) : undefined) ?? uri;
    headline = normalise(cleanText(fallback, "headlines", report)) || uri;
    report.push({
      kind: "approximated",
      path: "headlines",
      message: `The item has no headline: ${JSON.stringify(headline)} (from its ${title ? "title or slugline" : firstLine ? "body" : "uri"}) stands in.`,
    });
  } else {
    for (const key of ["title", "slugline"]) {
      if (item[key] !== undefined)
        report.push({
          kind: "dropped",
          path: key,
          message: `newsdoc has no ${key} beside the headline: left out.`,
        });
    }
  }

  // Language.
  const language = languageAt(item, options.language, "item", report);

  // Dates.
  const firstCreated = dateAt(item, "firstCreated", report);
  const versionCreated = dateAt(item, "versionCreated", report);
  const datePublished = firstCreated ?? versionCreated;
  let dateModified = firstCreated !== undefined ? versionCreated : undefined;
  if (datePublished !== undefined && dateModified !== undefined) {
    const order = Date.parse(dateModified) - Date.parse(datePublished);
    if (order < 0) {
      report.push({
        kind: "dropped",
        path: "versionCreated",
        message:
          "versionCreated is before firstCreated: newsdoc cannot modify before it publishes, so it was left out.",
      });
      dateModified = undefined;
    } else if (dateModified === datePublished) dateModified = undefined;
  }

  const publishing = readPublisherFields(
    item,
    language,
    dateModified ?? datePublished,
    entities,
    ids,
    report,
  );

  // Subjects: section and keywords.
  let section: string | undefined;
  const keywords: string[] = [];
  for (const [subject, at] of objectsAt(item, "subjects", "", report)) {
    if (isSectionStep(subject)) continue;
    const name = [
      stringAt(subject, "name", at, report),
      stringAt(subject, "literal", at, report),
    ].find(isNonBlank);
    if (name === undefined) {
      report.push({
        kind: "dropped",
        path: at,
        message: "A subject with neither name nor literal: left out.",
      });
      continue;
    }
    const text = cleanText(name, at, report);
    if (subject.rel === "section" && section === undefined) section = text;
    else {
      keywords.push(text);
      const extra = ["uri", "literal", "rel", "creator", "relevance", "confidence"].filter(
        (k) =>
          subject[k] !== undefined &&
          !(k === "rel" && subject.rel === "keyword") &&
          !(k === "literal" && subject.literal === name),
      );
      if (extra.length > 0)
        report.push({
          kind: "approximated",
          path: at,
          message: `Kept as the keyword ${JSON.stringify(text)}; its ${extra.join(", ")} left out.`,
        });
    }
  }

  // Canonical URL.
  let url: string | undefined;
  for (const [alt, at] of objectsAt(item, "altIds", "", report)) {
    if (
      alt.role === "url" &&
      typeof alt.value === "string" &&
      isHttpUrl(alt.value) &&
      url === undefined
    )
      url = alt.value;
    else
      report.push({
        kind: "dropped",
        path: at,
        message: "newsdoc keeps one id and a canonical url: this alternative id was left out.",
      });
  }

  // Authors: concepts with rel "author", else the names in `by`.
  const by = stringAt(item, "by", "", report);
  const authors = [...concepts.relations.authors];
  // newsdoc's own items list their authors as concepts: their `by` is only the byline.
  if (authors.length === 0 && isNonBlank(by) && !own) {
    const holder = typeof item.copyrightHolder === "string" ? item.copyrightHolder : undefined;
    const created: string[] = [];
    for (const raw of splitByline(by)) {
      const name = cleanNonBlank(raw, "by", report);
      if (name === undefined) continue;
      const known = concepts.find(undefined, name);
      if (known && (known.type === "Person" || known.type === "Organization")) {
        authors.push(known.id);
        continue;
      }
      const kind =
        holder !== undefined && holder.trim().toLowerCase() === name.toLowerCase()
          ? "Organization"
          : "Person";
      const entity = { type: kind, id: ids.allocate(undefined, name, "author"), name } as Entity;
      entities.push(entity);
      authors.push(entity.id);
      created.push(`${name} (${kind})`);
    }
    if (created.length > 0)
      report.push({
        kind: "approximated",
        path: "by",
        message: `The authors are read from the byline: ${created.join(", ")}; check the names and kinds.`,
      });
  }

  for (const key of Object.keys(item)) {
    if (!READ.has(key))
      report.push({ kind: "dropped", path: key, message: `newsdoc has no ${key}: left out.` });
  }

  const article: Article = {
    newsdoc: 1,
    id: options.id ?? articleIdFromUri(uri) ?? uri,
    language,
    headline,
    authors: [...new Set(authors)],
    body,
    entities,
    quotes,
    claims: [],
  };
  if (url !== undefined) article.url = url;
  if (alternativeHeadline !== undefined) article.alternativeHeadline = alternativeHeadline;
  if (description !== undefined) article.description = description;
  if (section !== undefined) article.section = section;
  if (keywords.length > 0) article.keywords = keywords;
  if (datePublished !== undefined) article.datePublished = datePublished;
  if (dateModified !== undefined) article.dateModified = dateModified;
  // A `by` that only lists the authors' names is what toNinjs writes for an article without a byline.
  const names = joinNames(
    concepts.relations.authors.map((id) => entities.find((e) => e.id === id)?.name ?? id),
  );
  const byline = isNonBlank(by) ? cleanNonBlank(by, "by", report) : undefined;
  if (byline !== undefined && !(concepts.relations.authors.length > 0 && by === names)) {
    article.byline = byline;
  }
  if (concepts.relations.publisher !== undefined) article.publisher = concepts.relations.publisher;
  if (image) article.image = image;
  Object.assign(article, publishing);
  if (concepts.relations.about.length > 0) article.about = concepts.relations.about;

  const checked = safeParseArticle(article);
  if (!checked.success) {
    throw new NinjsImportError(
      `fromNinjs: the article read from ${uri} does not validate; this is a bug in @newsdoc/ninjs, please report it with the item:\n${formatIssues(checked.error.issues)}`,
    );
  }
  const annotated = annotateImport(checked.data, options.annotate, "fromNinjs", report);
  if (annotated.annotated === undefined) return { article: checked.data, report };
  const again = safeParseArticle(annotated.article);
  if (!again.success) {
    throw new NinjsImportError(
      `fromNinjs: the annotated article does not validate; this is a bug in @newsdoc/annotate, please report it with the input:\n${formatIssues(again.error.issues)}`,
    );
  }
  return { article: again.data, report, annotated: annotated.annotated };
}
