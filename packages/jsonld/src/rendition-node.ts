import type { ImageRendition } from "@newsdoc/core/kit";
import type { ImageObjectLeaf } from "schema-dts";

/**
 * One rendition of the lead image (a 16×9, 4×3 or 1×1 crop): an
 * `ImageObject` with its file and size, linked by `isBasedOn` to the image
 * node that carries the caption and credit.
 */
export function renditionNode(rendition: ImageRendition, id: string, of: string): ImageObjectLeaf {
  return {
    "@type": "ImageObject",
    "@id": id,
    url: rendition.url,
    contentUrl: rendition.url,
    width: { "@type": "QuantitativeValue", value: rendition.width, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: rendition.height, unitCode: "E37" },
    isBasedOn: { "@id": of },
  };
}
