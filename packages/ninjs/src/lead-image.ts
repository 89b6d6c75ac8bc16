import type { Article, ArticleIndex, Image } from "@newsdoc/core/kit";
import { plainText } from "@newsdoc/core/kit";
import { type BodyHtmlOptions, htmlOf } from "./body-html.js";
import { CONCEPT_FIELD } from "./entity-concepts.js";
import { httpUrlAsUri } from "./item-uri.js";
import { renditionList } from "./rendition-list.js";
import type { NinjsAssociation, NinjsConcept, NinjsText } from "./types.js";

/** The `name` and `rel` of the lead image's association. */
export const LEAD_IMAGE_NAME = "featuremedia";

/**
 * The lead image as a `picture` association: the file as the `original`
 * rendition (with its size), its other sizes as renditions named by size, the caption as HTML and plain text, the alt
 * text as the `alt` description, the credit line as `by`, and who made,
 * provided and is shown in it as its people and organisations, by entity
 * id (`literal`) and relation (`creator`, `provider`, `about`).
 */
export function leadImageAssociation(
  article: Article,
  index: ArticleIndex,
  image: Image,
  itemUri: string,
  html: BodyHtmlOptions,
): NinjsAssociation {
  const association: NinjsAssociation = {
    name: LEAD_IMAGE_NAME,
    rel: LEAD_IMAGE_NAME,
    uri: image.url
      ? httpUrlAsUri(image.url)
      : `${itemUri}${itemUri.includes("#") ? "-" : "#"}lead-image`,
    type: "picture",
  };
  const descriptions: NinjsText[] = [];
  if (image.caption && image.caption.length > 0) {
    descriptions.push(
      { role: "caption", contentType: "text/html", value: htmlOf(article, image.caption, html) },
      { role: "caption", contentType: "text/plain", value: plainText(image.caption) },
    );
  }
  if (image.alt !== undefined) {
    descriptions.push({ role: "alt", contentType: "text/plain", value: image.alt });
  }
  if (descriptions.length > 0) association.descriptions = descriptions;
  if (image.credit) association.by = image.credit.text;
  const renditions = renditionList(image);
  if (renditions.length > 0) association.renditions = renditions;
  const roles: [string, readonly string[] | undefined][] = [
    ["creator", image.credit?.creators],
    ["provider", image.credit?.providers],
    ["about", image.about],
  ];
  for (const [rel, ids] of roles) {
    for (const id of ids ?? []) {
      const entity = index.entity(id);
      if (!entity) continue;
      const field = CONCEPT_FIELD[entity.type];
      const list = (association[field] ?? []) as NinjsConcept[];
      association[field] = list;
      list.push({ name: entity.name, rel, literal: entity.id });
    }
  }
  return association;
}
