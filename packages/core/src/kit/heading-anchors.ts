import type { Article } from "../model/article.js";
import type { Heading } from "../model/block.js";
import { walkNodes } from "../model/walk-nodes.js";
import { headingSlug } from "./heading-slug.js";
import { plainText } from "./plain-text.js";

/** The anchor of a heading whose text has no letters or digits. */
export const EMPTY_HEADING_ANCHOR = "section";

/**
 * Every heading's anchor, in document order (headings inside blockquotes and
 * other blocks included): its own `id` when it has one, else the slug of its
 * text ({@link headingSlug}), made unique the way GitHub does — the second
 * "Reaction" is `reaction-1` — and never equal to an explicit `id`. The same
 * article always gives the same anchors, so links to them stay stable while
 * the headings before them do not change.
 *
 * @example
 * ```ts
 * const anchors = headingAnchors(article);
 * anchors.get(article.body[3] as Heading); // "what-we-know"
 * ```
 */
export function headingAnchors(article: Article): ReadonlyMap<Heading, string> {
  const headings: Heading[] = [];
  walkNodes(article, (node, type) => {
    if (type === "heading") headings.push(node as Heading);
  });
  const taken = new Set<string>();
  for (const heading of headings) if (heading.id !== undefined) taken.add(heading.id);
  const counts = new Map<string, number>();
  const anchors = new Map<Heading, string>();
  for (const heading of headings) {
    if (heading.id !== undefined) {
      anchors.set(heading, heading.id);
      continue;
    }
    const base = headingSlug(plainText(heading)) || EMPTY_HEADING_ANCHOR;
    let anchor = base;
    let n = counts.get(base) ?? 0;
    while (taken.has(anchor)) {
      n++;
      anchor = `${base}-${n}`;
    }
    counts.set(base, n);
    taken.add(anchor);
    anchors.set(heading, anchor);
  }
  return anchors;
}
