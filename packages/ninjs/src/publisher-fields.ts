import type { Article, ArticleIndex } from "@newsdoc/core/kit";
import { httpUrlAsUri } from "./item-uri.js";
import type { Report } from "./report.js";
import type { NinjsAssociation, NinjsConcept, NinjsText } from "./types.js";

/** The `descriptions` role of a correction notice (newsdoc's; ninjs leaves roles to the provider). */
export const CORRECTION_ROLE = "correction";
/** The `descriptions` role of the backstory ("why we wrote this"). */
export const BACKSTORY_ROLE = "backstory";
/** The `subjects` relation of one step of the section path. */
export const SECTION_PATH_REL = "sectionPath";
/** The `associations` relation of a translation. */
export const TRANSLATION_REL = "translation";

/** The parts of a ninjs item that the publisher fields fill. */
export interface NinjsPublisherFields {
  located?: string;
  descriptions: NinjsText[];
  subjects: NinjsConcept[];
  associations: NinjsAssociation[];
}

/**
 * The publisher's fields of an article as ninjs: the dateline's place name
 * as `located`; each correction and the backstory as a `descriptions`
 * entry (roles `correction` and `backstory`); each step of the section
 * path as a `subjects` entry with its page as `uri` (relation
 * `sectionPath`); each translation as a `text` association (relation
 * `translation`) with its language and URL. ninjs has no access or
 * paywall field and no date for a description: both are reported.
 */
export function publisherFields(
  article: Article,
  index: ArticleIndex,
  report: Report,
): NinjsPublisherFields {
  const out: NinjsPublisherFields = { descriptions: [], subjects: [], associations: [] };
  if (article.dateline !== undefined) {
    const place = index.entity(article.dateline);
    if (place) out.located = place.name;
  }
  for (const correction of article.corrections ?? []) {
    out.descriptions.push({
      role: CORRECTION_ROLE,
      contentType: "text/plain",
      value: correction.text,
    });
  }
  if (article.corrections && article.corrections.length > 0) {
    report.push({
      kind: "approximated",
      path: "corrections[*].date",
      message: `ninjs descriptions have no date: ${article.corrections.length === 1 ? "the correction" : `the ${article.corrections.length} corrections`} went to descriptions (role "correction") without ${article.corrections.length === 1 ? "its date" : "their dates"}; reading back dates ${article.corrections.length === 1 ? "it" : "them"} by the item's versionCreated.`,
    });
  }
  if (article.backstory !== undefined) {
    out.descriptions.push({
      role: BACKSTORY_ROLE,
      contentType: "text/plain",
      value: article.backstory,
    });
  }
  for (const step of article.sectionPath ?? []) {
    out.subjects.push({ name: step.name, rel: SECTION_PATH_REL, uri: httpUrlAsUri(step.url) });
  }
  for (const translation of article.translations ?? []) {
    out.associations.push({
      name: `translation-${translation.language}`,
      rel: TRANSLATION_REL,
      uri: httpUrlAsUri(translation.url),
      type: "text",
      language: translation.language,
      altIds: [{ role: "url", value: translation.url }],
    });
  }
  if (article.access !== undefined && article.access.kind !== "free") {
    report.push({
      kind: "dropped",
      path: "access",
      message: `ninjs has no access or paywall field: that the article is ${article.access.kind}${article.access.freeBlocks ? ` with ${article.access.freeBlocks} free blocks` : ""} was left out (rightsInfo and usageTerms are licensing terms for the receiver, not readers' access).`,
    });
  } else if (article.access !== undefined) {
    report.push({
      kind: "dropped",
      path: "access",
      message:
        "ninjs has no access field: the explicit free access was left out (an item without one reads as free).",
    });
  }
  return out;
}
