import type { Credit, Image } from "@newsdoc/core";
import { isHttpUrl } from "@newsdoc/core";
import type { HtmlReader, Report } from "@newsdoc/interop-kit";
import {
  cleanText,
  isNonBlank,
  isObject,
  type JsonObject,
  objectsAt,
  positiveInteger,
  stringAt,
} from "@newsdoc/interop-kit";
import { newsdocProperties, readRenditions } from "./read-publisher-fields.js";
import type { Registry } from "./registry.js";

// Image properties read here; every other one is reported.
const READ = new Set([
  "type",
  "version",
  "_id",
  "url",
  "caption",
  "alt_text",
  "width",
  "height",
  "credits",
  "vanity_credits",
  "additional_properties",
]);

function names(
  credits: unknown,
  role: string,
  path: string,
  report: Report,
): [JsonObject, string][] {
  return isObject(credits) ? objectsAt(credits, role, path, report) : [];
}

/**
 * An ANS image as a newsdoc image: `url`, `caption` (inline HTML, read
 * through `fromHtml`), `alt_text`, `width`, `height`; the credit line is
 * `vanity_credits.by` as printed, else the names of `credits.by` and
 * `credits.affiliation` joined by "/"; `credits.by` and
 * `credits.affiliation` whose `_id` is a registry entity's are its creators and
 * providers.
 */
export function readImage(
  image: JsonObject,
  path: string,
  registry: Registry,
  html: HtmlReader,
  report: Report,
): Image {
  const out: Image = {};
  const url = stringAt(image, "url", path, report);
  if (url !== undefined) {
    if (isHttpUrl(url)) out.url = url;
    else
      report.push({
        kind: "dropped",
        path: `${path}.url`,
        message: `Not an absolute http(s) URL: ${JSON.stringify(url)} was left out.`,
      });
  }
  const caption = stringAt(image, "caption", path, report);
  if (isNonBlank(caption)) {
    const inline = html.inline(caption, `${path}.caption`);
    if (inline.length > 0) out.caption = inline;
  }
  const alt = stringAt(image, "alt_text", path, report);
  if (alt !== undefined) out.alt = cleanText(alt, `${path}.alt_text`, report);
  const width = positiveInteger(image.width);
  const height = positiveInteger(image.height);
  if (width !== undefined) out.width = width;
  if (height !== undefined) out.height = height;
  const own = newsdocProperties(image, path, report);
  const renditions = readRenditions(own, path, report);
  if (renditions) out.renditions = renditions;
  for (const key of Object.keys(own)) {
    if (key !== "renditions")
      report.push({
        kind: "dropped",
        path: `${path}.additional_properties.newsdoc.${key}`,
        message: `newsdoc images have no ${key}: left out.`,
      });
  }

  const by = names(image.credits, "by", `${path}.credits`, report);
  const affiliation = names(image.credits, "affiliation", `${path}.credits`, report);
  const vanity = names(image.vanity_credits, "by", `${path}.vanity_credits`, report);
  const nameOf = ([a]: [JsonObject, string]) =>
    typeof a.name === "string" && isNonBlank(a.name) ? a.name : undefined;
  const printed = vanity.map(nameOf).filter(isNonBlank);
  const listed = [...by, ...affiliation].map(nameOf).filter(isNonBlank);
  const text = printed.length > 0 ? printed.join(" ") : listed.join("/");
  if (isNonBlank(text)) {
    const credit: Credit = { text: cleanText(text, `${path}.credits`, report) };
    const resolve = (list: [JsonObject, string][], kinds: readonly string[]) =>
      list.flatMap(([a]) => {
        // By _id only: a bare name is the credit line's words, not a claim about who.
        const entity = typeof a._id === "string" ? registry.find(a._id, undefined) : undefined;
        return entity && kinds.includes(entity.type) ? [entity.id] : [];
      });
    const creators = resolve(by, ["Person", "Organization"]);
    const providers = resolve(affiliation, ["Organization"]);
    if (creators.length > 0) credit.creators = [...new Set(creators)];
    if (providers.length > 0) credit.providers = [...new Set(providers)];
    out.credit = credit;
  }
  if (isObject(image.credits)) {
    for (const role of Object.keys(image.credits)) {
      if (role !== "by" && role !== "affiliation") {
        report.push({
          kind: "dropped",
          path: `${path}.credits.${role}`,
          message: `newsdoc image credits have creators and providers, not ${role}: left out.`,
        });
      }
    }
  }
  for (const key of Object.keys(image)) {
    if (!READ.has(key))
      report.push({
        kind: "dropped",
        path: `${path}.${key}`,
        message: `newsdoc images have no ${key}: left out.`,
      });
  }
  return out;
}
