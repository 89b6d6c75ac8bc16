import type { Image } from "@newsdoc/core/kit";
import { httpUrlAsUri } from "./item-uri.js";
import type { NinjsRendition } from "./types.js";

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A picture's shape as ninjs writes it: `16:9`, `4:3`, `1:1` (the ratio in lowest terms). */
export function aspectRatio(width: number, height: number): string {
  const d = gcd(width, height);
  return `${width / d}:${height / d}`;
}

/**
 * An image's files as ninjs renditions: the image itself as `original`
 * (a known size without a known file still has a place: a rendition
 * needs only a name), then each of its `renditions` named by its size
 * (`1920x1080`) with its aspect ratio.
 */
export function renditionList(image: Image): NinjsRendition[] {
  const out: NinjsRendition[] = [];
  const others = image.renditions ?? [];
  // With other sizes, an original is always written, if only by name: without it a reader would take the largest size for the file.
  if (
    image.url !== undefined ||
    image.width !== undefined ||
    image.height !== undefined ||
    others.length > 0
  ) {
    const original: NinjsRendition = { name: "original" };
    if (image.url !== undefined) original.href = httpUrlAsUri(image.url);
    if (image.width !== undefined) original.width = image.width;
    if (image.height !== undefined) original.height = image.height;
    out.push(original);
  }
  const names = new Set<string>();
  for (const rendition of others) {
    const base = `${rendition.width}x${rendition.height}`;
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    out.push({
      name,
      href: httpUrlAsUri(rendition.url),
      width: rendition.width,
      height: rendition.height,
      aspectRatio: aspectRatio(rendition.width, rendition.height),
    });
  }
  return out;
}
