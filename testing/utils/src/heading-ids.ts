import { type Article, type Block, type Heading, headingAnchors, visitByType } from "@newsdoc/core";

/**
 * A copy of `body` without the explicit heading ids that equal the anchor
 * newsdoc derives anyway (last heading first, as `fromHtml` settles them):
 * HTML, which writes every heading's anchor as its `id`, is the same with
 * or without them, so an importer of HTML (`fromHtml`, ninjs' and ANS'
 * HTML bodies) cannot tell them apart. The canonical form for round trips
 * through HTML.
 *
 * @example
 * ```ts
 * withoutDerivedHeadingIds([{ type: "heading", level: 2, id: "reaction", children: ["Reaction"] }]);
 * // [{ type: "heading", level: 2, children: ["Reaction"] }]
 * ```
 */
export function withoutDerivedHeadingIds(body: readonly Block[]): Block[] {
  const copy = structuredClone(body) as Block[];
  const doc = { body: copy } as Article;
  const headings: Heading[] = [];
  visitByType(doc, {
    heading(h) {
      headings.push(h);
    },
  });
  const want = headingAnchors(doc);
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    const id = h.id;
    if (id === undefined) continue;
    delete h.id;
    const now = headingAnchors(doc);
    if (!headings.every((x) => now.get(x) === want.get(x))) h.id = id;
  }
  return copy;
}
