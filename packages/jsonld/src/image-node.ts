import type { Image } from "@newsdoc/core/kit";
import type { ImageObjectLeaf, QuantitativeValueLeaf } from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { put } from "./put.js";

/** A pixel length as schema.org's range for `width`/`height` has it (UN/CEFACT E37 = pixel). */
function pixels(value: number | undefined): QuantitativeValueLeaf | undefined {
  if (value === undefined) return undefined;
  return { "@type": "QuantitativeValue", value, unitCode: "E37" };
}

/**
 * The `ImageObject` for an image: `url` and `contentUrl` only when the file
 * is known, `width`/`height` in pixels, the caption as plain text, the alt
 * text as `description`, the credit line as `creditText`, who made it as
 * `creator`, who distributed it as `provider`, what it shows as `about`.
 */
export function imageNode(
  image: Image,
  id: string,
  caption: string,
  ctx: GraphContext,
): ImageObjectLeaf {
  const node: ImageObjectLeaf = { "@type": "ImageObject", "@id": id };
  put(node, "url", image.url);
  put(node, "contentUrl", image.url);
  put(node, "width", pixels(image.width));
  put(node, "height", pixels(image.height));
  put(node, "caption", caption);
  put(node, "description", image.alt);
  const credit = image.credit;
  if (credit) {
    put(node, "creditText", credit.text);
    put(node, "creator", ctx.refs(credit.creators));
    put(node, "provider", ctx.refs(credit.providers));
  }
  put(node, "about", ctx.refs(image.about));
  return node;
}
