import type { EntityId, Inline } from "@newsdoc/core/kit";

/** A mention to insert: its range in the container's plain text, which lies inside one string node. */
export interface MentionInsert {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityId;
}

/**
 * Replaces the text of every range in `inserts` (sorted, not overlapping,
 * each inside one string node) with a mention of its entity, in one pass
 * over the tree: linear in the size of the container however many mentions
 * it gets. Returns the new nodes and the inserts that did not fall inside one
 * string node (left out). The plain text is never changed.
 */
export function insertMentions(
  nodes: readonly Inline[],
  inserts: readonly MentionInsert[],
): { nodes: Inline[]; skipped: MentionInsert[] } {
  let next = 0;
  let offset = 0;
  const skipped: MentionInsert[] = [];
  const walk = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      if (typeof node === "string") {
        const start = offset;
        const end = offset + node.length;
        let cut = 0;
        while (next < inserts.length && inserts[next]!.start < end) {
          const insert = inserts[next]!;
          if (insert.start < start || insert.end > end) {
            skipped.push(insert);
            next++;
            continue;
          }
          const head = node.slice(cut, insert.start - start);
          if (head) out.push(head);
          out.push({
            type: "mention",
            entity: insert.entity,
            text: node.slice(insert.start - start, insert.end - start),
          });
          cut = insert.end - start;
          next++;
        }
        const tail = node.slice(cut);
        if (tail) out.push(tail);
        offset = end;
        continue;
      }
      switch (node.type) {
        case "mention":
          offset += node.text.length;
          out.push(node);
          break;
        case "break":
          offset += 1;
          out.push(node);
          break;
        default:
          out.push({ ...node, children: walk(node.children) });
      }
    }
    return out;
  };
  const result = walk(nodes);
  for (; next < inserts.length; next++) skipped.push(inserts[next]!);
  return { nodes: result, skipped };
}
