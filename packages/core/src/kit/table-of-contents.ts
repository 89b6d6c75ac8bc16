import type { Article } from "../model/article.js";
import type { Heading } from "../model/block.js";
import { headingAnchors } from "./heading-anchors.js";
import { plainText } from "./plain-text.js";

/** One heading in a {@link tableOfContents}. */
export interface TocEntry {
  /** The heading's anchor: link to `#${id}`. */
  readonly id: string;
  /** Its level, 2 to 6. */
  readonly level: Heading["level"];
  /** Its words as plain text. */
  readonly text: string;
  /** The heading node itself (render its inline content for rich entries). */
  readonly heading: Heading;
  /** The headings under it (of a deeper level, until the next heading of its level or above). */
  readonly children: readonly TocEntry[];
}

/** Options of {@link tableOfContents}. */
export interface TableOfContentsOptions {
  /** The deepest heading level listed. Default `6` (all). */
  maxLevel?: Heading["level"];
}

interface Building {
  id: string;
  level: Heading["level"];
  text: string;
  heading: Heading;
  children: Building[];
}

/**
 * The article's outline: its section headings (those at the top level of the
 * body — a heading inside a blockquote or a factbox is not a section), as a
 * tree by level, with the anchors the HTML renderer writes
 * ({@link headingAnchors}). A level that skips (an `h4` straight under an
 * `h2`) nests under the nearest shallower heading.
 *
 * @example
 * ```ts
 * for (const entry of tableOfContents(article))
 *   console.log(`<a href="#${entry.id}">${entry.text}</a>`);
 * ```
 */
export function tableOfContents(
  article: Article,
  options: TableOfContentsOptions = {},
): readonly TocEntry[] {
  const maxLevel = options.maxLevel ?? 6;
  const anchors = headingAnchors(article);
  const roots: Building[] = [];
  const open: Building[] = [];
  for (const block of article.body) {
    if (block.type !== "heading" || block.level > maxLevel) continue;
    const entry: Building = {
      id: anchors.get(block)!,
      level: block.level,
      text: plainText(block),
      heading: block,
      children: [],
    };
    while (open.length > 0 && open[open.length - 1]!.level >= block.level) open.pop();
    (open.length === 0 ? roots : open[open.length - 1]!.children).push(entry);
    open.push(entry);
  }
  return roots;
}
