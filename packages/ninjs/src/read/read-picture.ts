import type { Credit, Image, ImageRendition, Inline } from "@newsdoc/core";
import { isHttpUrl } from "@newsdoc/core";
import type { HtmlReader, Report } from "@newsdoc/interop-kit";
import {
  cleanText,
  isNonBlank,
  type JsonObject,
  objectsAt,
  positiveInteger,
  stringAt,
} from "@newsdoc/interop-kit";
import type { ReadConcepts } from "./read-concepts.js";
import { CONCEPT_LISTS } from "./read-concepts.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml", "body_xhtml", "xhtml"]);

/** True when a ninjs text's `contentType` says HTML. */
export const isHtmlType = (type: string | undefined): boolean =>
  type !== undefined && HTML_TYPES.has(type.toLowerCase().split(";")[0]?.trim() ?? "");

/** The rendition that is the image's own file and size, and the others that are sizes of it. */
function pickRenditions(picture: JsonObject, path: string, report: Report) {
  const all = objectsAt(picture, "renditions", path, report);
  const renditions = all.filter(([r]) => typeof r.href === "string" && isHttpUrl(r.href));
  const area = (r: JsonObject) =>
    (positiveInteger(r.width) ?? 0) * (positiveInteger(r.height) ?? 0);
  // The `original` is the image (a nameless one, without href, says the file is unknown);
  // without a usable one, the largest file stands in.
  const original = all.find(
    ([r]) => r.name === "original" && (r.href === undefined || renditions.some(([h]) => h === r)),
  );
  const chosen =
    original ??
    (renditions.length === 0
      ? undefined
      : renditions.reduce((best, next) => (area(next[0]) > area(best[0]) ? next : best)));
  if (chosen === undefined) {
    if (all.length > 0)
      report.push({
        kind: "dropped",
        path: path === "" ? "renditions" : `${path}.renditions`,
        message: `None of the ${all.length} renditions has an http(s) file or is a nameless original: left out.`,
      });
    return { chosen: undefined, others: [] as ImageRendition[] };
  }
  const others: ImageRendition[] = [];
  const lost: string[] = [];
  for (const [r, at] of all) {
    if (r === chosen[0]) continue;
    const width = positiveInteger(r.width);
    const height = positiveInteger(r.height);
    if (typeof r.href === "string" && isHttpUrl(r.href) && width && height)
      others.push({ url: r.href, width, height });
    else lost.push(at);
  }
  if (lost.length > 0) {
    report.push({
      kind: "dropped",
      path: path === "" ? "renditions" : `${path}.renditions`,
      message: `newsdoc keeps an image's other sizes when each has an http(s) file, a width and a height: ${lost.length} of ${all.length} renditions had not (${lost.join(", ")}) and were left out.`,
    });
  }
  return { chosen: chosen[0], others };
}

/**
 * A picture (an association, or an item that is itself a picture) as an
 * image: the `original` rendition (else the largest) as its file and size,
 * the other renditions with a file and a size as its renditions,
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
  const { chosen: rendition, others } = pickRenditions(picture, path, report);
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
  if (others.length > 0) image.renditions = others;
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
