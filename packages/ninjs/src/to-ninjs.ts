import type { Article } from "@newsdoc/core/kit";
import { createIndex, plainText } from "@newsdoc/core/kit";
import type { BodyHtmlOptions } from "./body-html.js";
import { bodyHtml } from "./body-html.js";
import { bodyLosses } from "./body-report.js";
import { entityConcepts } from "./entity-concepts.js";
import { defaultItemUri, isAbsoluteUri } from "./item-uri.js";
import { leadImageAssociation } from "./lead-image.js";
import { publisherFields } from "./publisher-fields.js";
import type { Report } from "./report.js";
import type { NinjsBody, NinjsConcept, NinjsItem, NinjsText } from "./types.js";
import { NINJS_SCHEMA_URI, NINJS_VERSION } from "./types.js";

/** Options of {@link toNinjs}. Every one is optional. */
export interface ToNinjsOptions {
  /**
   * The item's `uri`, its global identifier (an absolute URI). Default
   * `urn:newsdoc:<article id>`, which `fromNinjs` reads back as the id.
   */
  uri?: string;
  /** The item's `version` (ninjs: the version of this news object). Default none. */
  version?: string;
  /** How the HTML body and caption are written (`toHtml` options). Default `toHtml`'s. */
  html?: BodyHtmlOptions;
}

/** What {@link toNinjsWithReport} returns: the item and what it could not carry. */
export interface ToNinjsResult {
  item: NinjsItem;
  report: Report;
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

function checkOptions(options: ToNinjsOptions): void {
  if (
    options.uri !== undefined &&
    (typeof options.uri !== "string" || !isAbsoluteUri(options.uri))
  ) {
    throw new TypeError(
      `toNinjs: options.uri must be an absolute URI (a scheme, then only characters RFC 3986 allows), got ${JSON.stringify(options.uri)}. Percent-encode other characters, or leave it out for urn:newsdoc:<id>.`,
    );
  }
  if (options.version !== undefined && typeof options.version !== "string") {
    throw new TypeError(
      `toNinjs: options.version must be a string, got ${typeof options.version}.`,
    );
  }
}

/**
 * Writes an article as an IPTC ninjs 3.1 `text` item and lists what ninjs
 * cannot carry. The item always passes the official schema. The article is
 * trusted to be valid: run `parseArticle` on data you did not build.
 *
 * @example
 * ```ts
 * import { toNinjsWithReport } from "@newsdoc/ninjs";
 * const { item, report } = toNinjsWithReport(article);
 * for (const r of report) console.warn(`${r.kind} ${r.path}: ${r.message}`);
 * ```
 */
export function toNinjsWithReport(article: Article, options: ToNinjsOptions = {}): ToNinjsResult {
  checkOptions(options);
  const report: Report = [];
  const index = createIndex(article);
  const html = options.html ?? {};
  const uri = options.uri ?? defaultItemUri(article.id);
  const item: NinjsItem = { uri, type: "text" };
  if (options.version !== undefined) item.version = options.version;
  if (article.datePublished) item.firstCreated = article.datePublished;
  const versionCreated = article.dateModified ?? article.datePublished;
  if (versionCreated) item.versionCreated = versionCreated;
  item.language = article.language;
  item.standard = { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_URI };
  if (options.uri !== undefined && options.uri !== defaultItemUri(article.id)) {
    report.push({
      kind: "approximated",
      path: "id",
      message: `The item's uri is ${options.uri}, not urn:newsdoc:<id>: reading it back gives that uri as the article id.`,
    });
  }
  if (article.url) item.altIds = [{ role: "url", value: article.url }];

  const headlines: NinjsText[] = [{ role: "main", value: article.headline }];
  if (article.alternativeHeadline !== undefined) {
    headlines.push({ role: "sub", value: article.alternativeHeadline });
  }
  item.headlines = headlines;
  const publishing = publisherFields(article, index, report);
  const descriptions: NinjsText[] = [];
  if (article.description !== undefined) {
    descriptions.push({ role: "summary", contentType: "text/plain", value: article.description });
  }
  descriptions.push(...publishing.descriptions);
  if (descriptions.length > 0) item.descriptions = descriptions;
  if (article.body.length > 0) {
    const text = plainText(article.body);
    const counted = plainText(article.body.filter((b) => b.type !== "figure"));
    const counts = { charCount: [...counted].length, wordCount: words(counted) };
    const bodies: NinjsBody[] = [
      {
        role: "main",
        contentType: "text/html",
        value: bodyHtml(article, html),
        ...counts,
      },
      { role: "text", contentType: "text/plain", value: text, ...counts },
    ];
    item.bodies = bodies;
    bodyLosses(article, report);
  }
  const by =
    article.byline ??
    (article.authors.length > 0
      ? joinNames(article.authors.map((id) => index.entity(id)?.name ?? id))
      : undefined);
  if (by !== undefined) item.by = by;
  if (publishing.located !== undefined) item.located = publishing.located;

  Object.assign(item, entityConcepts(article, index, report));
  const subjects: NinjsConcept[] = [];
  if (article.section !== undefined) subjects.push({ name: article.section, rel: "section" });
  for (const keyword of article.keywords ?? []) subjects.push({ name: keyword, rel: "keyword" });
  subjects.push(...publishing.subjects);
  if (subjects.length > 0) item.subjects = subjects;

  const associations = article.image
    ? [leadImageAssociation(article, index, article.image, uri, html)]
    : [];
  associations.push(...publishing.associations);
  if (associations.length > 0) item.associations = associations;
  if (article.quotes.length > 0) {
    report.push({
      kind: "dropped",
      path: "quotes",
      message: `ninjs has no quotes: ${article.quotes.length} (who said what, how, via whom, when) were left out. Their words stay in the body, and its HTML keeps each span's data-quote and data-speaker.`,
    });
  }
  if (article.claims.length > 0) {
    report.push({
      kind: "dropped",
      path: "claims",
      message: `ninjs has no claims: ${article.claims.length} (and who asserts or denies them) were left out.`,
    });
  }
  if (article.$schema !== undefined) {
    report.push({
      kind: "dropped",
      path: "$schema",
      message: "The editor's schema hint has no place in ninjs.",
    });
  }
  return { item, report };
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Writes an article as an IPTC ninjs 3.1 `text` item: uri, dates,
 * language, headlines, description, the body as `text/html` (from
 * `toHtml`) and `text/plain`, `by`, the entity registry as people,
 * organisations, places, events and objects (with Wikidata or other URIs),
 * keywords and section as subjects, and the lead image as a picture
 * association. {@link toNinjsWithReport} also says what was left out.
 *
 * @example
 * ```ts
 * import { toNinjs } from "@newsdoc/ninjs";
 * const item = toNinjs(article, { uri: "urn:example:2015:russia-syria" });
 * ```
 */
export function toNinjs(article: Article, options: ToNinjsOptions = {}): NinjsItem {
  return toNinjsWithReport(article, options).item;
}
