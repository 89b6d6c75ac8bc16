import type { AnnotateOptions, AnnotateReport } from "@newsdoc/annotate";
import type { Article, Entity, Quote } from "@newsdoc/core";
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
import { AnsImportError } from "./read/ans-import-error.js";
import { readElements } from "./read/read-elements.js";
import { readImage } from "./read/read-image.js";
import {
  newsdocProperties,
  readPublisherFields,
  readSectionPath,
} from "./read/read-publisher-fields.js";
import { Registry } from "./read/registry.js";
import type { Report } from "./report.js";
import { NEWSDOC_SYSTEM } from "./to-ans.js";
import { ANS_VERSION } from "./types.js";

/** `fromHtml` options a caller may pass through (the registry and defaults are the importer's own). */
export type FromHtmlPassOptions = Pick<FromHtmlOptions, "classPrefix" | "whitespace" | "baseUrl">;

/** Options of {@link fromAns}. Every one is optional. */
export interface FromAnsOptions {
  /** The article id. Default: the story's `_id`, else a slug of its headline. */
  id?: string;
  /** The language when the story gives none (or an invalid one). Default `"und"` (undetermined), reported. */
  language?: string;
  /**
   * The site's address, to make a relative `canonical_url` (Arc's usual
   * `/politics/2015/…`) absolute. Default none: a relative one is reported and left out.
   */
  baseUrl?: string;
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
  /** Passed to the HTML importer that reads text elements' inline HTML. */
  html?: FromHtmlPassOptions;
}

/** What {@link fromAns} returns: a valid article and everything it did not keep as it was. */
export interface FromAnsResult {
  article: Article;
  report: Report;
  /** With `options.annotate`: everything annotate found and did (each mention, quote and speaker proposal, the ambiguous names). */
  annotated?: AnnotateReport;
}

const ENTITY_KINDS: Record<string, Entity["type"]> = {
  person: "Person",
  organization: "Organization",
  organisation: "Organization",
  location: "Place",
  place: "Place",
  event: "Event",
  creative_work: "CreativeWork",
  work: "CreativeWork",
};

const ELEMENT_TYPES = new Set([
  "text",
  "header",
  "image",
  "list",
  "quote",
  "blockquote",
  "divider",
  "table",
  "code",
  "correction",
  "interstitial_link",
  "element_group",
  "raw_html",
  "custom_embed",
  "reference",
  "oembed_response",
  "numeric_rating",
  "endorsement",
  "link_list",
  "video",
  "gallery",
  "audio",
]);

// Story properties read here; every other one is reported.
const READ = new Set([
  "type",
  "version",
  "_id",
  "language",
  "canonical_url",
  "headlines",
  "subheadlines",
  "description",
  "credits",
  "vanity_credits",
  "created_date",
  "last_updated_date",
  "publish_date",
  "first_publish_date",
  "display_date",
  "taxonomy",
  "promo_items",
  "content_elements",
  "content_restrictions",
  "location",
  "corrections",
  "additional_properties",
]);

const WIKIDATA_ID = /^Q[1-9]\d*$/;

function dictionary(story: JsonObject, key: string, report: Report): string | undefined {
  const dict = story[key];
  if (dict === undefined) return undefined;
  if (!isObject(dict)) {
    report.push({ kind: "dropped", path: key, message: "Expected an object of texts: left out." });
    return undefined;
  }
  for (const purpose of Object.keys(dict)) {
    if (purpose !== "basic")
      report.push({
        kind: "dropped",
        path: `${key}.${purpose}`,
        message: `newsdoc keeps the basic ${key} only: the ${purpose} one was left out.`,
      });
  }
  const basic = dict.basic;
  return typeof basic === "string" && isNonBlank(basic)
    ? cleanNonBlank(basic, `${key}.basic`, report)
    : undefined;
}

/** The story to read: a story as is, a single content element as a story holding it. */
function asStory(input: unknown, report: Report): JsonObject {
  if (!isObject(input)) {
    throw new AnsImportError(
      `fromAns: expected an ANS story (a JSON object with "type": "story"), got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}.`,
    );
  }
  if (input.type === "story") return input;
  if (typeof input.type === "string" && ELEMENT_TYPES.has(input.type)) {
    report.push({
      kind: "approximated",
      path: "",
      message: `A single ${input.type} element, not a story: read as a story that holds it.`,
    });
    return { type: "story", version: ANS_VERSION, content_elements: [input] };
  }
  throw new AnsImportError(
    `fromAns: expected an ANS story ("type": "story") or a content element, got type ${JSON.stringify(input.type)}. Galleries, videos and collections are not articles.`,
  );
}

/**
 * Reads an Arc XP ANS story (0.10.x) into a newsdoc article that passes
 * `parseArticle`, and a report of everything not kept as it was. Text
 * elements' inline HTML is read through `@newsdoc/html/import`, so
 * `data-entity` hooks `toAns` wrote resolve to the named entities. Named
 * entities become the registry (a Wikidata `_id` also becomes `sameAs`);
 * `credits.by` the authors; `vanity_credits.by` the byline; tags, keywords
 * and SEO keywords the keywords; the primary section the section; the
 * basic promo image the lead image.
 *
 * @throws {@link AnsImportError} when `story` is neither a story nor a content element.
 *
 * @example
 * ```ts
 * import { fromAns } from "@newsdoc/ans/import";
 * const { article, report } = fromAns(story, { baseUrl: "https://www.example.com" });
 * ```
 */
export function fromAns(input: unknown, options: FromAnsOptions = {}): FromAnsResult {
  const report: Report = [];
  const story = asStory(input, report);
  if (story.version !== undefined && story.version !== ANS_VERSION) {
    report.push({
      kind: "approximated",
      path: "version",
      message: `ANS ${String(story.version)}: read with the rules of ${ANS_VERSION}.`,
    });
  }
  const ids = new IdAllocator();
  const registry = new Registry(ids);
  const taxonomy = isObject(story.taxonomy) ? story.taxonomy : {};

  // Named entities first: credits, image credits and the text's hooks refer to them.
  let scored = 0;
  for (const [ne, at] of objectsAt(taxonomy, "named_entities", "taxonomy", report)) {
    const name = stringAt(ne, "name", at, report);
    const type = stringAt(ne, "type", at, report);
    const kind = type === undefined ? undefined : ENTITY_KINDS[type.toLowerCase()];
    if (!isNonBlank(name) || kind === undefined) {
      report.push({
        kind: "dropped",
        path: at,
        message:
          kind === undefined
            ? `newsdoc has no entity kind for ${JSON.stringify(type)}: left out.`
            : "A named entity without a name: left out.",
      });
      continue;
    }
    const rawId = stringAt(ne, "_id", at, report);
    const clean = cleanNonBlank(name, `${at}.name`, report) ?? name.trim();
    const entity = {
      type: kind,
      id: ids.allocate(
        rawId === undefined ? undefined : cleanText(rawId, `${at}._id`, report),
        clean,
      ),
      name: clean || name,
    } as Entity;
    if (rawId !== undefined && WIKIDATA_ID.test(rawId))
      entity.sameAs = [`https://www.wikidata.org/wiki/${rawId}`];
    if (ne.score !== undefined) scored++;
    registry.add(entity);
  }
  if (scored > 0)
    report.push({
      kind: "dropped",
      path: "taxonomy.named_entities[*].score",
      message: `newsdoc entities have no relevance score: ${scored} left out.`,
    });

  // Authors.
  const authors: string[] = [];
  const credits = isObject(story.credits) ? story.credits : {};
  for (const [a, at] of objectsAt(credits, "by", "credits", report)) {
    const name =
      typeof a.name === "string" && isNonBlank(a.name)
        ? cleanNonBlank(a.name, `${at}.name`, report)
        : undefined;
    const aid =
      typeof a._id === "string"
        ? a._id
        : a.type === "reference" && isObject(a.referent) && typeof a.referent.id === "string"
          ? a.referent.id
          : undefined;
    let entity =
      registry.find(aid, undefined) ??
      (aid === undefined ? registry.find(undefined, name) : undefined);
    if (!entity) {
      if (!isNonBlank(name) && aid === undefined) {
        report.push({
          kind: "dropped",
          path: at,
          message: "An author with neither name nor id: left out.",
        });
        continue;
      }
      const person = {
        type: "Person",
        id: ids.allocate(aid, name ?? aid ?? "author", "author"),
        name: name ?? aid ?? "author",
      } as Entity;
      if (!isNonBlank(name))
        report.push({
          kind: "approximated",
          path: at,
          message: `An author known only by the reference ${JSON.stringify(aid)}: its id stands in for the name.`,
        });
      entity = registry.add(person);
    }
    if (entity.type !== "Person" && entity.type !== "Organization") {
      report.push({
        kind: "dropped",
        path: at,
        message: `${entity.name} is a ${entity.type}, which cannot be an author.`,
      });
      continue;
    }
    if (typeof a.url === "string") {
      if (isHttpUrl(a.url)) entity.url ??= a.url;
      else
        report.push({
          kind: "dropped",
          path: `${at}.url`,
          message: `Not an absolute http(s) URL: ${JSON.stringify(a.url)} was left out.`,
        });
    }
    if (typeof a.bio === "string" && isNonBlank(a.bio))
      entity.description ??= cleanNonBlank(a.bio, `${at}.bio`, report) ?? a.bio.trim();
    if (entity.type === "Person" && typeof a.role === "string" && isNonBlank(a.role))
      entity.jobTitle ??= cleanNonBlank(a.role, `${at}.role`, report) ?? a.role.trim();
    if (entity.type === "Person" && typeof a.org === "string" && isNonBlank(a.org)) {
      const org =
        registry.find(undefined, a.org) ??
        registry.add({
          type: "Organization",
          id: ids.allocate(undefined, a.org, "organization"),
          name: cleanNonBlank(a.org, `${at}.org`, report) ?? a.org.trim(),
        });
      if (org.type === "Organization") entity.affiliation ??= org.id;
    }
    const kept = new Set([
      "_id",
      "type",
      "version",
      "name",
      "url",
      "bio",
      "role",
      "org",
      "referent",
    ]);
    const extra = Object.keys(a).filter((k) => !kept.has(k));
    if (extra.length > 0)
      report.push({
        kind: "dropped",
        path: at,
        message: `newsdoc entities have no ${extra.join(", ")}: left out.`,
      });
    if (!authors.includes(entity.id)) authors.push(entity.id);
  }
  for (const role of Object.keys(credits)) {
    if (role !== "by")
      report.push({
        kind: "dropped",
        path: `credits.${role}`,
        message: `newsdoc articles credit authors only: the ${role} credits were left out.`,
      });
  }
  const vanity = isObject(story.vanity_credits)
    ? objectsAt(story.vanity_credits, "by", "vanity_credits", report)
    : [];
  const bylineNames = vanity
    .map(([a]) => (typeof a.name === "string" ? a.name : ""))
    .filter(isNonBlank);
  const byline =
    bylineNames.length > 0
      ? cleanText(bylineNames.join(" and "), "vanity_credits.by", report)
      : undefined;

  const quotes: Quote[] = [];
  // toAns marks its stories with source.system "newsdoc": their inline HTML is toHtml's, read back exactly.
  const own =
    options.html?.whitespace === undefined &&
    isObject(story.source) &&
    story.source.system === NEWSDOC_SYSTEM;
  const html = createHtmlReader(registry.entities, quotes, report, options.html, own);
  const ctx = { registry, html, quotes, quoteIds: new IdAllocator(), report };

  let image: Article["image"];
  if (isObject(story.promo_items)) {
    for (const [name, item] of Object.entries(story.promo_items)) {
      if (name === "basic" && isObject(item) && item.type === "image")
        image = readImage(item, "promo_items.basic", registry, html, report);
      else
        report.push({
          kind: "dropped",
          path: `promo_items.${name}`,
          message: `newsdoc keeps one lead image (promo_items.basic); this ${isObject(item) ? String(item.type) : "item"} was left out.`,
        });
    }
  }
  const body = readElements(objectsAt(story, "content_elements", "", report), ctx);

  // Headline, with fallbacks.
  let headline = dictionary(story, "headlines", report);
  if (headline === undefined) {
    const firstLine = plainText(body).split("\n").find(isNonBlank);
    const id = typeof story._id === "string" && isNonBlank(story._id) ? story._id : undefined;
    headline = (firstLine ? firstLine.trim().slice(0, 110) : undefined) ?? id ?? "Untitled";
    report.push({
      kind: "approximated",
      path: "headlines",
      message: `The story has no basic headline: ${JSON.stringify(headline)} (from its ${firstLine ? "text" : id ? "_id" : "absence"}) stands in.`,
    });
  }
  const alternativeHeadline = dictionary(story, "subheadlines", report);
  const description = dictionary(story, "description", report);

  const language = languageAt(story, options.language, "story", report);

  let url: string | undefined;
  const canonical = stringAt(story, "canonical_url", "", report);
  if (canonical !== undefined) {
    if (isHttpUrl(canonical)) url = canonical;
    else if (options.baseUrl !== undefined) {
      try {
        const resolved = new URL(canonical, options.baseUrl).href;
        if (isHttpUrl(resolved)) url = resolved;
      } catch {
        // reported below
      }
    }
    if (url === undefined)
      report.push({
        kind: "dropped",
        path: "canonical_url",
        message: `${JSON.stringify(canonical)} is not an absolute http(s) URL${options.baseUrl === undefined ? "; pass options.baseUrl to resolve a site-relative one" : ""}.`,
      });
  }

  const published = ["first_publish_date", "display_date", "publish_date", "created_date"].map(
    (k) => [k, dateAt(story, k, report)] as const,
  );
  const pub = published.find(([, v]) => v !== undefined);
  const datePublished = pub?.[1];
  const lastUpdated = dateAt(story, "last_updated_date", report);
  const publishDate = published.find(([k]) => k === "publish_date")?.[1];
  let dateModified = lastUpdated ?? publishDate;
  if (datePublished !== undefined && dateModified !== undefined) {
    const order = Date.parse(dateModified) - Date.parse(datePublished);
    if (order < 0) {
      report.push({
        kind: "dropped",
        path: lastUpdated ? "last_updated_date" : "publish_date",
        message:
          "The story was updated before it was first published by these dates: newsdoc cannot keep that order, so the update date was left out.",
      });
      dateModified = undefined;
    } else if (dateModified === datePublished) dateModified = undefined;
  }
  for (const [key, value] of published) {
    if (value !== undefined && value !== datePublished && value !== dateModified) {
      report.push({
        kind: "dropped",
        path: key,
        message: `newsdoc keeps a publication and a modification date: ${key} (${value}) was left out.`,
      });
    }
  }

  // Taxonomy: keywords and section.
  const keywords: string[] = [];
  const keep = (word: unknown, path: string) => {
    if (typeof word !== "string" || !isNonBlank(word)) return;
    const clean = cleanNonBlank(word, path, report);
    if (clean === undefined) return;
    if (!keywords.includes(clean)) keywords.push(clean);
  };
  for (const [tag, at] of objectsAt(taxonomy, "tags", "taxonomy", report))
    keep(tag.text, `${at}.text`);
  const scoredKeywords = objectsAt(taxonomy, "keywords", "taxonomy", report);
  for (const [k, at] of scoredKeywords) keep(k.keyword, `${at}.keyword`);
  if (scoredKeywords.length > 0)
    report.push({
      kind: "approximated",
      path: "taxonomy.keywords",
      message: "Scored keywords became plain keywords: their scores and frequencies were left out.",
    });
  if (Array.isArray(taxonomy.seo_keywords))
    taxonomy.seo_keywords.forEach((w, i) => {
      keep(w, `taxonomy.seo_keywords[${i}]`);
    });
  let section: string | undefined;
  const primary = taxonomy.primary_section;
  if (isObject(primary)) {
    const name =
      typeof primary.name === "string"
        ? primary.name
        : isObject(primary.referent) && typeof primary.referent.id === "string"
          ? primary.referent.id
          : undefined;
    if (isNonBlank(name)) section = cleanNonBlank(name, "taxonomy.primary_section", report);
  }
  const sections = objectsAt(taxonomy, "sections", "taxonomy", report);
  const sectionBase = options.baseUrl ?? (url !== undefined ? new URL(url).origin : undefined);
  const sectionPath = readSectionPath(sections, sectionBase, report);
  if (sectionPath) {
    // The sections are a path (each the parent of the next): the breadcrumb, not other sections.
    const last = sectionPath[sectionPath.length - 1];
    if (section === undefined && !own && last) {
      section = last.name;
      report.push({
        kind: "approximated",
        path: "taxonomy.sections",
        message: `No primary section: the last step of the section path, ${JSON.stringify(last.name)}, stands in.`,
      });
    }
  } else if (
    section === undefined &&
    sections[0] &&
    typeof sections[0][0].name === "string" &&
    isNonBlank(sections[0][0].name)
  ) {
    section = cleanNonBlank(sections[0][0].name, sections[0][1], report);
  }
  if (!sectionPath && sections.length > (isObject(primary) ? 0 : 1))
    report.push({
      kind: "dropped",
      path: "taxonomy.sections",
      message: "newsdoc keeps one section: the other sections were left out.",
    });
  for (const key of Object.keys(taxonomy)) {
    if (
      ![
        "tags",
        "keywords",
        "seo_keywords",
        "named_entities",
        "primary_section",
        "sections",
      ].includes(key)
    ) {
      report.push({
        kind: "dropped",
        path: `taxonomy.${key}`,
        message: `newsdoc has no ${key}: left out.`,
      });
    }
  }
  for (const key of Object.keys(story)) {
    if (!READ.has(key) && !(key === "source" && own))
      report.push({ kind: "dropped", path: key, message: `newsdoc has no ${key}: left out.` });
  }

  const publishing = readPublisherFields(
    story,
    newsdocProperties(story, "", report),
    { language, datePublished, dateModified, blocks: body.length },
    registry,
    report,
  );

  const rawId = typeof story._id === "string" && isNonBlank(story._id) ? story._id : undefined;
  const article: Article = {
    newsdoc: 1,
    id: options.id ?? rawId ?? new IdAllocator().allocate(undefined, headline, "ans-story"),
    language,
    headline,
    authors,
    body,
    entities: registry.entities,
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
  if (byline !== undefined) article.byline = byline;
  if (image) article.image = image;
  Object.assign(article, publishing);
  if (sectionPath) article.sectionPath = sectionPath;

  const checked = safeParseArticle(article);
  if (!checked.success) {
    throw new AnsImportError(
      `fromAns: the article read does not validate; this is a bug in @newsdoc/ans, please report it with the story:\n${formatIssues(checked.error.issues)}`,
    );
  }
  const annotated = annotateImport(checked.data, options.annotate, "fromAns", report);
  if (annotated.annotated === undefined) return { article: checked.data, report };
  const again = safeParseArticle(annotated.article);
  if (!again.success) {
    throw new AnsImportError(
      `fromAns: the annotated article does not validate; this is a bug in @newsdoc/annotate, please report it with the input:\n${formatIssues(again.error.issues)}`,
    );
  }
  return { article: again.data, report, annotated: annotated.annotated };
}
