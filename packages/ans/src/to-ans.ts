import type { Article, Entity } from "@newsdoc/core/kit";
import { createIndex } from "@newsdoc/core/kit";
import { ansEntityIds, withAnsIds } from "./ans-ids.js";
import { ansImage } from "./ans-image.js";
import { type InlineHtmlOptions, inlineHtml } from "./block-html.js";
import { contentElements } from "./content-elements.js";
import { NEWSDOC_PROPERTIES, publisherFields } from "./publisher-fields.js";
import type { Report } from "./report.js";
import { ANS_VERSION, type AnsAuthor, type AnsNamedEntity, type AnsStory } from "./types.js";

/** Options of {@link toAns}. Every one is optional. */
export interface ToAnsOptions {
  /** How text elements' inline HTML is written (`toHtml` options). Default `toHtml`'s. */
  html?: InlineHtmlOptions;
}

/** What {@link toAnsWithReport} returns: the story and what it could not carry. */
export interface ToAnsResult {
  story: AnsStory;
  report: Report;
}

/** The `source.system` toAns writes: the story's text is newsdoc's own markup. */
export const NEWSDOC_SYSTEM = "newsdoc";

/** The ANS named-entity `type` of each entity kind. */
export const NAMED_ENTITY_TYPES: Record<Entity["type"], string> = {
  Person: "person",
  Organization: "organization",
  Place: "location",
  Event: "event",
  CreativeWork: "creative_work",
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");

function ansAuthor(entity: Entity, id: string, index: ReturnType<typeof createIndex>): AnsAuthor {
  const out: AnsAuthor = { type: "author", version: ANS_VERSION, _id: id, name: entity.name };
  if (entity.url !== undefined) out.url = entity.url;
  if (entity.description !== undefined) out.bio = entity.description;
  if (entity.type === "Person") {
    if (entity.jobTitle !== undefined) out.role = entity.jobTitle;
    const org = entity.affiliation === undefined ? undefined : index.entity(entity.affiliation);
    if (org) out.org = org.name;
  }
  return out;
}

/**
 * Writes an article as an Arc XP ANS 0.10.12 `story` and lists what ANS
 * cannot carry. The story always passes the official schemas (the story
 * and each content element's own). The article is trusted to be valid:
 * run `parseArticle` on data you did not build.
 *
 * @example
 * ```ts
 * import { toAnsWithReport } from "@newsdoc/ans";
 * const { story, report } = toAnsWithReport(article);
 * for (const r of report) console.warn(`${r.kind} ${r.path}: ${r.message}`);
 * ```
 */
export function toAnsWithReport(article: Article, options: ToAnsOptions = {}): ToAnsResult {
  const report: Report = [];
  const ids = ansEntityIds(article);
  const renamed = withAnsIds(article, ids);
  // Look-ups by the article's own ids (credits, quotes); the renamed copy only feeds toHtml.
  const original = createIndex(article);
  const html = inlineHtml(renamed, options.html ?? {});
  const story: AnsStory = { type: "story", version: ANS_VERSION, _id: article.id };
  // ANS's own place for the software that made a story; fromAns reads newsdoc's markup back exactly by it.
  story.source = { system: NEWSDOC_SYSTEM };
  story.language = article.language;
  if (article.url !== undefined) story.canonical_url = article.url;
  story.headlines = { basic: article.headline };
  if (article.alternativeHeadline !== undefined)
    story.subheadlines = { basic: article.alternativeHeadline };
  if (article.description !== undefined) story.description = { basic: article.description };

  if (article.authors.length > 0) {
    story.credits = {
      by: article.authors.flatMap((id) => {
        const entity = original.entity(id);
        return entity ? [ansAuthor(entity, ids.get(id) ?? id, original)] : [];
      }),
    };
  }
  if (article.byline !== undefined) {
    story.vanity_credits = { by: [{ type: "author", version: ANS_VERSION, name: article.byline }] };
  }

  if (article.datePublished !== undefined) {
    story.first_publish_date = article.datePublished;
    story.display_date = article.datePublished;
  }
  const latest = article.dateModified ?? article.datePublished;
  if (latest !== undefined) story.publish_date = latest;
  if (article.dateModified !== undefined) story.last_updated_date = article.dateModified;

  const taxonomy: NonNullable<AnsStory["taxonomy"]> = {};
  if (article.keywords && article.keywords.length > 0) {
    taxonomy.tags = article.keywords.map((text) => ({ text }));
  }
  if (article.section !== undefined) {
    taxonomy.primary_section = {
      type: "section",
      version: ANS_VERSION,
      _id: `/${slug(article.section)}`,
      name: article.section,
    };
  }
  if (article.entities.length > 0) {
    taxonomy.named_entities = article.entities.map(
      (e): AnsNamedEntity => ({
        _id: ids.get(e.id) ?? e.id,
        name: e.name,
        type: NAMED_ENTITY_TYPES[e.type],
      }),
    );
  }
  const publishing = publisherFields(article, original, report);
  if (publishing.sections) taxonomy.sections = publishing.sections;
  if (Object.keys(taxonomy).length > 0) story.taxonomy = taxonomy;
  if (publishing.location !== undefined) story.location = publishing.location;
  if (publishing.content_restrictions) story.content_restrictions = publishing.content_restrictions;
  if (publishing.corrections) story.corrections = publishing.corrections;
  if (publishing.newsdoc)
    story.additional_properties = { [NEWSDOC_PROPERTIES]: publishing.newsdoc };

  if (renamed.image) {
    story.promo_items = { basic: ansImage(renamed.image, html, original, ids, "image", report) };
  }
  story.content_elements = contentElements(
    renamed,
    renamed.body,
    html,
    original,
    ids,
    "body",
    report,
  );

  entityLosses(article, ids, report);
  if (article.publisher !== undefined) {
    report.push({
      kind: "dropped",
      path: "publisher",
      message: `ANS stories have no publisher field: ${article.publisher} is only a named entity.`,
    });
  }
  if (article.about && article.about.length > 0) {
    report.push({
      kind: "dropped",
      path: "about",
      message: `ANS has no "what the story is about": ${article.about.join(", ")} are only named entities.`,
    });
  }
  if (article.quotes.length > 0) {
    report.push({
      kind: "dropped",
      path: "quotes",
      message: `ANS has no quotes registry: ${article.quotes.length} quotes (who said what, how, via whom, when) were left out. Their words stay in the text, whose HTML keeps each span's data-quote and data-speaker; a blockquote's speaker is its quote's citation.`,
    });
  }
  if (article.claims.length > 0) {
    report.push({
      kind: "dropped",
      path: "claims",
      message: `ANS has no claims: ${article.claims.length} (and who asserts or denies them) were left out.`,
    });
  }
  if (article.$schema !== undefined) {
    report.push({
      kind: "dropped",
      path: "$schema",
      message: "The editor's schema hint has no place in ANS.",
    });
  }
  return { story, report };
}

// Fields of an entity a named entity (_id, name, type) cannot hold; authors keep url, description, jobTitle and affiliation.
const ENTITY_FIELDS = [
  "alternateNames",
  "description",
  "url",
  "sameAs",
  "jobTitle",
  "affiliation",
  "anonymous",
  "parentOrganization",
  "containedInPlace",
  "startDate",
  "location",
  "attendees",
  "authors",
  "publisher",
  "datePublished",
] as const;

function entityLosses(article: Article, ids: ReadonlyMap<string, string>, report: Report): void {
  const lost = new Map<string, string[]>();
  const renamed: string[] = [];
  for (const entity of article.entities) {
    const record = entity as unknown as Record<string, unknown>;
    const isAuthor = article.authors.includes(entity.id);
    for (const field of ENTITY_FIELDS) {
      if (record[field] === undefined) continue;
      if (isAuthor && ["url", "description", "jobTitle", "affiliation"].includes(field)) continue;
      if (field === "sameAs" && entity.sameAs?.length === 1 && ids.get(entity.id) !== entity.id)
        continue;
      const list = lost.get(field) ?? [];
      list.push(entity.id);
      lost.set(field, list);
    }
    if (ids.get(entity.id) !== entity.id) renamed.push(`${entity.id} → ${ids.get(entity.id)}`);
  }
  for (const [field, list] of lost) {
    report.push({
      kind: "dropped",
      path: `entities[*].${field}`,
      message: `ANS named entities carry an id, a name and a kind, not ${field}: left out for ${list.length} (${list.join(", ")}).`,
    });
  }
  if (renamed.length > 0) {
    report.push({
      kind: "approximated",
      path: "entities[*].id",
      message: `Entities with a Wikidata sameAs are named by their Wikidata id in ANS (and come back under it): ${renamed.join(", ")}.`,
    });
  }
}

/**
 * Writes an article as an Arc XP ANS 0.10.12 `story`: id, language,
 * canonical URL, headline, subheadline, description, authors as
 * `credits.by` (the byline as `vanity_credits`), dates, keywords as tags,
 * section, entities as named entities (Wikidata ids where `sameAs` has
 * them), the lead image as `promo_items.basic`, and the body as content
 * elements whose text is inline HTML from `toHtml`.
 * {@link toAnsWithReport} also says what was left out.
 *
 * @example
 * ```ts
 * import { toAns } from "@newsdoc/ans";
 * const story = toAns(article);
 * ```
 */
export function toAns(article: Article, options: ToAnsOptions = {}): AnsStory {
  return toAnsWithReport(article, options).story;
}
