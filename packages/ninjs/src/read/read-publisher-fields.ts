import type { Article, Correction, Entity, SectionLink, Translation } from "@newsdoc/core";
import { isHttpUrl, isLanguageTag } from "@newsdoc/core";
import type { IdAllocator, Report } from "@newsdoc/interop-kit";
import {
  cleanNonBlank,
  isNonBlank,
  type JsonObject,
  objectsAt,
  stringAt,
} from "@newsdoc/interop-kit";
import {
  BACKSTORY_ROLE,
  CORRECTION_ROLE,
  SECTION_PATH_REL,
  TRANSLATION_REL,
} from "../publisher-fields.js";

/** The publisher's fields read from an item. */
export type PublisherFields = Pick<
  Article,
  "dateline" | "corrections" | "backstory" | "sectionPath" | "translations"
>;

/** True for the entries {@link readPublisherFields} reads, which the other readers skip. */
export const isPublisherDescription = (d: JsonObject): boolean =>
  d.role === CORRECTION_ROLE || d.role === BACKSTORY_ROLE;
/** True for a subject that is a step of the section path. */
export const isSectionStep = (s: JsonObject): boolean => s.rel === SECTION_PATH_REL;
/** True for an association that is a translation. */
export const isTranslation = (a: JsonObject): boolean => a.rel === TRANSLATION_REL;

/**
 * The publisher's fields of a ninjs item: `located` as the dateline (the
 * place of that name, else a new Place); `descriptions` with role
 * `correction` as corrections, dated by `versionDate` (ninjs gives a
 * description no date: reported), role `backstory` as the backstory;
 * `subjects` with relation `sectionPath` and an http(s) `uri` as the
 * section path; `text` associations with relation `translation`, a
 * language and an http(s) URL as translations.
 */
export function readPublisherFields(
  item: JsonObject,
  language: string,
  versionDate: string | undefined,
  entities: Entity[],
  ids: IdAllocator,
  report: Report,
): PublisherFields {
  const out: PublisherFields = {};
  const located = stringAt(item, "located", "", report);
  if (isNonBlank(located)) {
    const name = cleanNonBlank(located, "located", report) ?? located.trim();
    const place =
      entities.find((e) => e.type === "Place" && e.name === name) ??
      entities.find((e) => e.type === "Place" && e.name.toLowerCase() === name.toLowerCase());
    if (place) out.dateline = place.id;
    else {
      const created: Entity = { type: "Place", id: ids.allocate(undefined, name, "place"), name };
      entities.push(created);
      out.dateline = created.id;
      report.push({
        kind: "approximated",
        path: "located",
        message: `The dateline ${JSON.stringify(name)} names no place of the item's places: it became a new Place.`,
      });
    }
  }

  const corrections: Correction[] = [];
  for (const [d, at] of objectsAt(item, "descriptions", "", report)) {
    if (!isPublisherDescription(d)) continue;
    const value = stringAt(d, "value", at, report);
    const text = isNonBlank(value) ? cleanNonBlank(value, `${at}.value`, report) : undefined;
    if (text === undefined) continue;
    if (d.role === BACKSTORY_ROLE) {
      if (out.backstory === undefined) out.backstory = text;
      else
        report.push({
          kind: "dropped",
          path: at,
          message: "newsdoc keeps one backstory: this second one was left out.",
        });
    } else if (versionDate === undefined) {
      report.push({
        kind: "dropped",
        path: at,
        message:
          "A correction needs a date, and neither the description nor the item gives one (no versionCreated or firstCreated): left out.",
      });
    } else corrections.push({ date: versionDate, text });
  }
  if (corrections.length > 0) {
    out.corrections = corrections;
    report.push({
      kind: "approximated",
      path: "descriptions",
      message: `ninjs gives a correction no date: ${corrections.length === 1 ? "the correction is" : `the ${corrections.length} corrections are`} dated by the item's version, ${versionDate}.`,
    });
  }

  const sectionPath: SectionLink[] = [];
  for (const [s, at] of objectsAt(item, "subjects", "", report)) {
    if (!isSectionStep(s)) continue;
    const raw = [stringAt(s, "name", at, report), stringAt(s, "literal", at, report)].find(
      isNonBlank,
    );
    const name = raw === undefined ? undefined : cleanNonBlank(raw, `${at}.name`, report);
    const uri = stringAt(s, "uri", at, report);
    if (name === undefined || uri === undefined || !isHttpUrl(uri)) {
      report.push({
        kind: "dropped",
        path: at,
        message: "A step of the section path needs a name and an http(s) uri (its page): left out.",
      });
      continue;
    }
    sectionPath.push({ name, url: uri });
  }
  if (sectionPath.length > 0) out.sectionPath = sectionPath;

  const translations: Translation[] = [];
  const seen = new Set([language.toLowerCase()]);
  for (const [a, at] of objectsAt(item, "associations", "", report)) {
    if (!isTranslation(a)) continue;
    const lang = stringAt(a, "language", at, report);
    const altUrl = objectsAt(a, "altIds", at, report).find(
      ([alt]) => alt.role === "url" && typeof alt.value === "string" && isHttpUrl(alt.value),
    )?.[0].value as string | undefined;
    const url = altUrl ?? (typeof a.uri === "string" && isHttpUrl(a.uri) ? a.uri : undefined);
    if (lang === undefined || !isLanguageTag(lang) || url === undefined) {
      report.push({
        kind: "dropped",
        path: at,
        message:
          "A translation needs a BCP 47 language and an http(s) URL (altIds role url, or its uri): left out.",
      });
      continue;
    }
    if (seen.has(lang.toLowerCase())) {
      report.push({
        kind: "dropped",
        path: at,
        message: `A second version in ${lang} (or one in the article's own language): newsdoc keeps one per language, the first.`,
      });
      continue;
    }
    seen.add(lang.toLowerCase());
    translations.push({ language: lang, url });
  }
  if (translations.length > 0) out.translations = translations;
  return out;
}
