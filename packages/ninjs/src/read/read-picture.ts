import type { Credit, Image, Inline } from "@newsdoc/core";
import { isHttpUrl } from "@newsdoc/core";
import type { Report } from "../report.js";
import { cleanText, isNonBlank } from "./clean-text.js";
import type { HtmlReader } from "./html-reader.js";
import { type JsonObject, objectsAt, positiveInteger, stringAt } from "./json-values.js";
import type { ReadConcepts } from "./read-concepts.js";
import { CONCEPT_LISTS } from "./read-concepts.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml", "body_xhtml", "xhtml"]);

/** True when a ninjs text's `contentType` says HTML. */
export const isHtmlType = (type: string | undefined): boolean =>
  type !== undefined && HTML_TYPES.has(type.toLowerCase().split(";")[0]?.trim() ?? "");

function pickRendition(picture: JsonObject, path: string, report: Report) {
  const all = objectsAt(picture, "renditions", path, report);
  const renditions = all.filter(([r]) => typeof r.href === "string" && isHttpUrl(r.href));
  if (renditions.length === 0) {
    // No file: an `original` rendition may still give the size.
    return all.find(([r]) => r.name === "original" && r.href === undefined)?.[0];
  }
  const area = (r: JsonObject) =>
    (positiveInteger(r.width) ?? 0) * (positiveInteger(r.height) ?? 0);
  const chosen =
    renditions.find(([r]) => r.name === "original") ??
    renditions.reduce((best, next) => (area(next[0]) > area(best[0]) ? next : best));
  if (all.length > 1) {
    report.push({
      kind: "approximated",
      path: path === "" ? "renditions" : `${path}.renditions`,
      message: `newsdoc keeps one file per image: the ${JSON.stringify(chosen[0].name)} rendition of ${all.length}.`,
    });
  }
  return chosen[0];
}

/**
 * A picture (an association, or an item that is itself a picture) as an
 * image: the `original` rendition (else the largest) as its file and size,
 * the `caption` description (HTML read through `fromHtml`, else plain) as
 * its caption, the `alt` description as alt text, `by` as the credit line,
 * and its people and organisations by relation: `creator`, `provider`,
 * `about`, matched to the registry by `literal` or name.
 */
export function readPicture(
  picture: JsonObject,
  path: string,
  concepts: ReadConcepts,
  html: HtmlReader,
  report: Report,
): Image {
  const image: Image = {};
  const rendition = pickRendition(picture, path, report);
  if (rendition) {
    if (typeof rendition.href === "string") image.url = rendition.href;
    const width = positiveInteger(rendition.width);
    const height = positiveInteger(rendition.height);
    if (width !== undefined) image.width = width;
    if (height !== undefined) image.height = height;
  }
  let caption: Inline[] | undefined;
  for (const [description, at] of objectsAt(picture, "descriptions", path, report)) {
    const value = stringAt(description, "value", at, report);
    const role = stringAt(description, "role", at, report);
    const type = stringAt(description, "contentType", at, report);
    if (value === undefined || !isNonBlank(value)) continue;
    if (role === "alt" && image.alt === undefined) {
      image.alt = cleanText(value, `${at}.value`, report);
    } else if (caption === undefined && role !== "alt") {
      caption = isHtmlType(type)
        ? html.inline(value, `${at}.value`)
        : [cleanText(value, `${at}.value`, report)];
    } else if (!(role === "caption" && caption !== undefined)) {
      report.push({
        kind: "dropped",
        path: at,
        message: "A second caption or alt text: newsdoc keeps one of each.",
      });
    }
  }
  if (caption && caption.length > 0) image.caption = caption;
  const by = stringAt(picture, "by", path, report);
  const credit: Credit | undefined = isNonBlank(by)
    ? { text: cleanText(by, `${path}.by`, report) }
    : undefined;
  const about: string[] = [];
  for (const [list] of CONCEPT_LISTS) {
    for (const [concept, at] of objectsAt(picture, list, path, report)) {
      const literal = typeof concept.literal === "string" ? concept.literal : undefined;
      const name = typeof concept.name === "string" ? concept.name : undefined;
      const entity = concepts.find(literal, name);
      const rel = concept.rel;
      if (!entity) {
        report.push({
          kind: "dropped",
          path: at,
          message:
            "The picture names someone the item's own people, organisations and places do not list: left out.",
        });
      } else if (rel === "about") about.push(entity.id);
      else if (
        rel === "creator" &&
        credit &&
        (entity.type === "Person" || entity.type === "Organization")
      ) {
        credit.creators = [...(credit.creators ?? []), entity.id];
      } else if (rel === "provider" && credit && entity.type === "Organization") {
        credit.providers = [...(credit.providers ?? []), entity.id];
      } else {
        report.push({
          kind: "dropped",
          path: at,
          message: `newsdoc cannot keep this relation of the picture (${JSON.stringify(rel)}) here.`,
        });
      }
    }
  }
  if (credit) image.credit = credit;
  if (about.length > 0) image.about = [...new Set(about)];
  return image;
}
