import type {
  Access,
  AccessKind,
  Article,
  Correction,
  Entity,
  ImageRendition,
  SectionLink,
  Translation,
} from "@newsdoc/core";
import { ACCESS_KINDS, DateTimeSchema, isHttpUrl, isLanguageTag } from "@newsdoc/core";
import {
  cleanNonBlank,
  isNonBlank,
  isObject,
  type JsonObject,
  objectsAt,
  positiveInteger,
  stringAt,
} from "@newsdoc/interop-kit";
import { NEWSDOC_PROPERTIES } from "../publisher-fields.js";
import type { Report } from "../report.js";
import type { Registry } from "./registry.js";

/** The publisher's fields read from a story. */
export type PublisherFields = Pick<
  Article,
  "access" | "dateline" | "corrections" | "backstory" | "sectionPath" | "translations"
>;

// Arc sites' own words for a paywall, and the newsdoc kind each means.
const CONTENT_CODES: Record<string, AccessKind> = {
  premium: "subscription",
  subscriber: "subscription",
  subscribers: "subscription",
};

/**
 * `additional_properties` of a story or image: newsdoc's own object under
 * `newsdoc`, with every other key reported as dropped.
 */
export function newsdocProperties(owner: JsonObject, path: string, report: Report): JsonObject {
  const bag = owner.additional_properties;
  if (bag === undefined) return {};
  const at = path === "" ? "additional_properties" : `${path}.additional_properties`;
  if (!isObject(bag)) {
    report.push({ kind: "dropped", path: at, message: "Expected an object: left out." });
    return {};
  }
  for (const key of Object.keys(bag)) {
    if (key !== NEWSDOC_PROPERTIES)
      report.push({
        kind: "dropped",
        path: `${at}.${key}`,
        message: `newsdoc has no ${key}: left out.`,
      });
  }
  const own = bag[NEWSDOC_PROPERTIES];
  return isObject(own) ? own : {};
}

/** An image's other sizes, from its `additional_properties.newsdoc.renditions`. */
export function readRenditions(
  own: JsonObject,
  path: string,
  report: Report,
): ImageRendition[] | undefined {
  const out: ImageRendition[] = [];
  for (const [r, at] of objectsAt(
    own,
    "renditions",
    `${path}.additional_properties.newsdoc`,
    report,
  )) {
    const width = positiveInteger(r.width);
    const height = positiveInteger(r.height);
    if (typeof r.url === "string" && isHttpUrl(r.url) && width && height)
      out.push({ url: r.url, width, height });
    else
      report.push({
        kind: "dropped",
        path: at,
        message: "A rendition needs an http(s) url, a width and a height: left out.",
      });
  }
  return out.length > 0 ? out : undefined;
}

function readAccess(
  story: JsonObject,
  own: JsonObject,
  report: Report,
  blocks: number,
): Access | undefined {
  const restrictions = story.content_restrictions;
  if (!isObject(restrictions)) {
    if (own.freeBlocks !== undefined)
      report.push({
        kind: "dropped",
        path: "additional_properties.newsdoc.freeBlocks",
        message: "Free blocks without content_restrictions (who may read the story): left out.",
      });
    return undefined;
  }
  for (const key of Object.keys(restrictions)) {
    if (key !== "content_code")
      report.push({
        kind: "dropped",
        path: `content_restrictions.${key}`,
        message: `newsdoc keeps who may read an article, not its ${key}: left out.`,
      });
  }
  const code = stringAt(restrictions, "content_code", "content_restrictions", report);
  if (code === undefined) return undefined;
  const lower = code.trim().toLowerCase();
  const kind = (ACCESS_KINDS as readonly string[]).includes(lower)
    ? (lower as AccessKind)
    : CONTENT_CODES[lower];
  if (kind === undefined) {
    report.push({
      kind: "dropped",
      path: "content_restrictions.content_code",
      message: `The content code ${JSON.stringify(code)} is the site's own: newsdoc knows free, subscription and metered (and premium or subscriber as subscription), so it was left out.`,
    });
    return undefined;
  }
  if (kind !== lower)
    report.push({
      kind: "approximated",
      path: "content_restrictions.content_code",
      message: `The content code ${JSON.stringify(code)} was read as ${kind}.`,
    });
  const access: Access = { kind };
  const free = own.freeBlocks;
  if (free !== undefined) {
    if (kind !== "free" && Number.isInteger(free) && (free as number) >= 0) {
      access.freeBlocks = Math.min(free as number, blocks);
      if ((free as number) > blocks)
        report.push({
          kind: "approximated",
          path: "additional_properties.newsdoc.freeBlocks",
          message: `${free} free blocks, but only ${blocks} content elements were kept: all ${blocks} are free.`,
        });
    } else
      report.push({
        kind: "dropped",
        path: "additional_properties.newsdoc.freeBlocks",
        message: `${JSON.stringify(free)} free blocks cannot apply to this ${kind} story: left out.`,
      });
  }
  return access;
}

function readCorrections(
  story: JsonObject,
  published: string | undefined,
  fallback: string | undefined,
  report: Report,
): Correction[] | undefined {
  const out: Correction[] = [];
  let undated = 0;
  for (const [c, at] of objectsAt(story, "corrections", "", report)) {
    const value = stringAt(c, "text", at, report);
    const text = isNonBlank(value) ? cleanNonBlank(value, `${at}.text`, report) : undefined;
    if (text === undefined) continue;
    const bag = isObject(c.additional_properties) ? c.additional_properties : {};
    const own = typeof bag.date === "string" ? bag.date : undefined;
    const valid =
      own !== undefined &&
      DateTimeSchema.safeParse(own).success &&
      (published === undefined || Date.parse(own) >= Date.parse(published));
    const date = valid ? own : fallback;
    if (date === undefined) {
      report.push({
        kind: "dropped",
        path: at,
        message: "A correction needs a date, and neither it nor the story gives one: left out.",
      });
      continue;
    }
    if (!valid) undated++;
    const type = stringAt(c, "correction_type", at, report);
    if (type !== undefined && type !== "correction")
      report.push({
        kind: "approximated",
        path: `${at}.correction_type`,
        message: `newsdoc corrections have no type: this ${type} is kept as a correction.`,
      });
    out.push({ date, text });
  }
  if (undated > 0)
    report.push({
      kind: "approximated",
      path: "corrections",
      message: `ANS gives a correction no date: ${undated === 1 ? "one is" : `${undated} are`} dated by the story's last update, ${fallback}.`,
    });
  return out.length > 0 ? out : undefined;
}

/**
 * `taxonomy.sections` as the section path, when they are one: each step
 * after the first has the one before as `parent_id`, and each has a URL
 * (`additional_properties.url`, else its `path` or `_id` resolved against
 * `base`). Anything else is not a path, and is left to the section reader.
 */
export function readSectionPath(
  sections: [JsonObject, string][],
  base: string | undefined,
  report: Report,
): SectionLink[] | undefined {
  if (sections.length === 0) return undefined;
  const steps: SectionLink[] = [];
  let parent: unknown;
  for (const [s, at] of sections) {
    if (steps.length > 0 && s.parent_id !== parent) return undefined;
    parent = s._id;
    const bag = isObject(s.additional_properties) ? s.additional_properties : {};
    let url = typeof bag.url === "string" && isHttpUrl(bag.url) ? bag.url : undefined;
    const path = typeof s.path === "string" ? s.path : typeof s._id === "string" ? s._id : "";
    if (url === undefined && base !== undefined && path.startsWith("/")) {
      try {
        const resolved = new URL(path, base).href;
        if (isHttpUrl(resolved)) url = resolved;
      } catch {
        // not a path: no URL
      }
    }
    const name =
      typeof s.name === "string" && isNonBlank(s.name)
        ? cleanNonBlank(s.name, `${at}.name`, report)
        : undefined;
    if (url === undefined || name === undefined) return undefined;
    steps.push({ name, url });
  }
  return steps;
}

/**
 * The publisher's fields of an ANS story: `content_restrictions.content_code`
 * as the access kind (with newsdoc's free blocks), `location` as the
 * dateline (the place of that name, else a new Place), `corrections`
 * (dated by their `additional_properties.date`, else the story's last
 * update), and the backstory and translations newsdoc keeps in
 * `additional_properties.newsdoc`.
 */
export function readPublisherFields(
  story: JsonObject,
  own: JsonObject,
  context: {
    language: string;
    datePublished: string | undefined;
    dateModified: string | undefined;
    blocks: number;
  },
  registry: Registry,
  report: Report,
): Omit<PublisherFields, "sectionPath"> {
  const out: Omit<PublisherFields, "sectionPath"> = {};
  const access = readAccess(story, own, report, context.blocks);
  if (access) out.access = access;
  const location = stringAt(story, "location", "", report);
  if (isNonBlank(location)) {
    const name = cleanNonBlank(location, "location", report) ?? location.trim();
    const found = registry.entities.find((e) => e.type === "Place" && e.name === name);
    const known = found ?? registry.find(undefined, name);
    if (known && known.type === "Place") out.dateline = known.id;
    else {
      const place: Entity = {
        type: "Place",
        id: registry.ids.allocate(undefined, name, "place"),
        name,
      };
      registry.add(place);
      out.dateline = place.id;
      report.push({
        kind: "approximated",
        path: "location",
        message: `The location ${JSON.stringify(name)} names no place of the story's named entities: it became a new Place, the dateline.`,
      });
    }
  }
  const corrections = readCorrections(
    story,
    context.datePublished,
    context.dateModified ?? context.datePublished,
    report,
  );
  if (corrections) out.corrections = corrections;
  if (typeof own.backstory === "string" && isNonBlank(own.backstory)) {
    const backstory = cleanNonBlank(
      own.backstory,
      "additional_properties.newsdoc.backstory",
      report,
    );
    if (backstory !== undefined) out.backstory = backstory;
  }
  const translations: Translation[] = [];
  const seen = new Set([context.language.toLowerCase()]);
  for (const [t, at] of objectsAt(own, "translations", "additional_properties.newsdoc", report)) {
    const language = typeof t.language === "string" ? t.language : undefined;
    const url = typeof t.url === "string" ? t.url : undefined;
    if (
      language === undefined ||
      !isLanguageTag(language) ||
      url === undefined ||
      !isHttpUrl(url) ||
      seen.has(language.toLowerCase())
    ) {
      report.push({
        kind: "dropped",
        path: at,
        message:
          "A translation needs a BCP 47 language (one per language, not the story's own) and an http(s) URL: left out.",
      });
      continue;
    }
    seen.add(language.toLowerCase());
    translations.push({ language, url });
  }
  if (translations.length > 0) out.translations = translations;
  for (const key of Object.keys(own)) {
    if (!["freeBlocks", "backstory", "translations"].includes(key))
      report.push({
        kind: "dropped",
        path: `additional_properties.newsdoc.${key}`,
        message: `newsdoc has no ${key}: left out.`,
      });
  }
  return out;
}
