import type { ArticleIndex, Image } from "@newsdoc/core/kit";
import type { InlineHtml } from "./block-html.js";
import { NEWSDOC_PROPERTIES } from "./publisher-fields.js";
import type { Report } from "./report.js";
import { ANS_VERSION, type AnsAuthor, type AnsImage } from "./types.js";

const author = (name: string, id?: string): AnsAuthor =>
  id === undefined
    ? { type: "author", version: ANS_VERSION, name }
    : { type: "author", version: ANS_VERSION, _id: id, name };

/**
 * An image as ANS: `url`, `caption` (inline HTML), `alt_text`, `width`,
 * `height`; its other sizes (renditions) in `additional_properties.newsdoc`; who made it as `credits.by` and who provided it as
 * `credits.affiliation` (named, with their ANS ids); the credit line as
 * printed as `vanity_credits.by` (or, with no one named, as `credits.by`).
 */
export function ansImage(
  image: Image,
  html: InlineHtml,
  index: ArticleIndex,
  ids: ReadonlyMap<string, string>,
  path: string,
  report: Report,
): AnsImage {
  const out: AnsImage = { type: "image", version: ANS_VERSION };
  if (image.url !== undefined) out.url = image.url;
  const caption = html.get(image);
  if (caption !== undefined) out.caption = caption;
  if (image.alt !== undefined) out.alt_text = image.alt;
  if (image.width !== undefined) out.width = image.width;
  if (image.height !== undefined) out.height = image.height;
  // ANS images have one file: the other sizes go where ANS keeps what it does not validate.
  if (image.renditions && image.renditions.length > 0) {
    out.additional_properties = {
      [NEWSDOC_PROPERTIES]: { renditions: image.renditions.map((r) => ({ ...r })) },
    };
    report.push({
      kind: "approximated",
      path: `${path}.renditions`,
      message:
        "ANS images have one file: the other sizes were kept in the image's additional_properties.newsdoc, which fromAns reads back and other ANS readers ignore.",
    });
  }
  const credit = image.credit;
  if (credit) {
    const named = (list: readonly string[] | undefined) =>
      (list ?? []).flatMap((id) => {
        const entity = index.entity(id);
        return entity ? [author(entity.name, ids.get(id) ?? id)] : [];
      });
    const by = named(credit.creators);
    const affiliation = named(credit.providers);
    if (by.length === 0 && affiliation.length === 0) out.credits = { by: [author(credit.text)] };
    else {
      out.credits = {};
      if (by.length > 0) out.credits.by = by;
      if (affiliation.length > 0) out.credits.affiliation = affiliation;
      out.vanity_credits = { by: [author(credit.text)] };
    }
  }
  if (image.about && image.about.length > 0) {
    report.push({
      kind: "dropped",
      path: `${path}.about`,
      message: `ANS images have no "what it shows": ${image.about.join(", ")} left out (they stay in the story's named entities).`,
    });
  }
  return out;
}
