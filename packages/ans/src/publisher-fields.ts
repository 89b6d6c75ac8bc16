import type { Article, ArticleIndex, Translation } from "@newsdoc/core/kit";
import type { Report } from "./report.js";
import { ANS_VERSION, type AnsCorrection, type AnsSection } from "./types.js";

/**
 * The key under `additional_properties` where newsdoc keeps what ANS has
 * no field for (ANS's own grab-bag for data it does not validate).
 */
export const NEWSDOC_PROPERTIES = "newsdoc";

/** What newsdoc keeps under `additional_properties.newsdoc` of a story. */
export interface AnsNewsdocProperties {
  /** `access.freeBlocks`: how many leading content elements everyone may read. */
  freeBlocks?: number;
  /** The backstory ("why we wrote this"). */
  backstory?: string;
  /** The same article in other languages. */
  translations?: Translation[];
}

/** The story properties the publisher fields fill. */
export interface AnsPublisherFields {
  content_restrictions?: { content_code: string };
  location?: string;
  corrections?: AnsCorrection[];
  sections?: AnsSection[];
  newsdoc?: AnsNewsdocProperties;
}

/**
 * The publisher's fields of an article as ANS: the access kind as
 * `content_restrictions.content_code` (`free`, `subscription`,
 * `metered`); the dateline's place name as `location`; corrections as
 * `corrections` (type `correction`, the date in the correction's
 * `additional_properties.date`, since ANS gives it none); the section path
 * as `taxonomy.sections`, each step's `_id` its URL's path and `parent_id`
 * the step before, the URL itself in `additional_properties.url`; and
 * what ANS has no field for (free blocks, backstory, translations) in the
 * story's `additional_properties.newsdoc`, reported as outside the
 * standard.
 */
export function publisherFields(
  article: Article,
  index: ArticleIndex,
  report: Report,
): AnsPublisherFields {
  const out: AnsPublisherFields = {};
  const newsdoc: AnsNewsdocProperties = {};
  if (article.access !== undefined) {
    out.content_restrictions = { content_code: article.access.kind };
    if (article.access.freeBlocks !== undefined) newsdoc.freeBlocks = article.access.freeBlocks;
  }
  if (article.dateline !== undefined) {
    const place = index.entity(article.dateline);
    if (place) out.location = place.name;
  }
  if (article.corrections && article.corrections.length > 0) {
    out.corrections = article.corrections.map((c) => ({
      type: "correction",
      correction_type: "correction",
      text: c.text,
      additional_properties: { date: c.date },
    }));
  }
  if (article.sectionPath && article.sectionPath.length > 0) {
    const taken = new Set<string>();
    let parent: string | undefined;
    out.sections = article.sectionPath.map((step) => {
      const path = new URL(step.url).pathname;
      const id = taken.has(path) ? step.url : path;
      taken.add(id);
      const section: AnsSection = {
        type: "section",
        version: ANS_VERSION,
        _id: id,
        name: step.name,
        path,
        additional_properties: { url: step.url },
      };
      if (parent !== undefined) section.parent_id = parent;
      parent = id;
      return section;
    });
  }
  if (article.backstory !== undefined) newsdoc.backstory = article.backstory;
  if (article.translations && article.translations.length > 0)
    newsdoc.translations = article.translations.map((t) => ({ ...t }));
  const extra = Object.keys(newsdoc);
  if (extra.length > 0) {
    out.newsdoc = newsdoc;
    report.push({
      kind: "approximated",
      path: extra.map((k) => (k === "freeBlocks" ? "access.freeBlocks" : k)).join(", "),
      message: `ANS has no field for ${extra.length === 1 ? "it" : "them"}: kept in the story's additional_properties.newsdoc, which fromAns reads back and other ANS readers ignore.`,
    });
  }
  return out;
}
