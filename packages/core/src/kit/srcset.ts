import type { Image } from "../model/image.js";
import { safeUrl } from "./safe-url.js";

/** One file of an image in a `srcset`: its URL and pixel width. */
export interface SrcsetCandidate {
  readonly url: string;
  readonly width: number;
}

/** A comma or white space inside a URL would split the `srcset` candidate list. */
const SPLITS = /[\s,]/;

function usable(url: string | undefined, width: number | undefined): string | undefined {
  if (url === undefined || typeof width !== "number" || !Number.isInteger(width) || width <= 0) {
    return undefined;
  }
  const safe = safeUrl(url);
  return safe === undefined || SPLITS.test(safe) ? undefined : safe;
}

/**
 * The files of an image for `srcset`: the image's own file and each
 * rendition, with its width, safe URLs only, one per width; `[]` unless
 * there are at least two (one file needs no `srcset`).
 *
 * @example
 * ```ts
 * srcsetCandidates({ url: "https://e.com/a.jpg", width: 1200, renditions: [{ url: "https://e.com/a-600.jpg", width: 600 }] });
 * // [{ url: "https://e.com/a.jpg", width: 1200 }, { url: "https://e.com/a-600.jpg", width: 600 }]
 * ```
 */
export function srcsetCandidates(image: Image): SrcsetCandidate[] {
  const renditions = image.renditions;
  if (renditions === undefined || renditions.length === 0) return [];
  const out: SrcsetCandidate[] = [];
  const seen = new Set<number>();
  const add = (url: string | undefined, width: number | undefined) => {
    const safe = usable(url, width);
    if (safe === undefined || seen.has(width!)) return;
    seen.add(width!);
    out.push({ url: safe, width: width! });
  };
  add(image.url, image.width);
  for (const r of renditions) add(r.url, r.width);
  return out.length < 2 ? [] : out;
}

/**
 * The `srcset` attribute value of candidates (`"a.jpg 1200w, b.jpg 600w"`),
 * checking each again (safe URL, nothing that splits the list, a positive
 * width); `undefined` when fewer than two remain.
 */
export function srcsetValue(candidates: readonly SrcsetCandidate[]): string | undefined {
  if (!Array.isArray(candidates) || candidates.length < 2) return undefined;
  const parts: string[] = [];
  for (const c of candidates) {
    const safe = usable(c?.url, c?.width);
    if (safe !== undefined) parts.push(`${safe} ${c.width}w`);
  }
  return parts.length < 2 ? undefined : parts.join(", ");
}

/** The `sizes` that goes with a `srcset` of {@link srcsetCandidates}: the image spans the column. */
export const SRCSET_SIZES = "100vw";
