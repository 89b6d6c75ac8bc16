import type { Article, Inline } from "@newsdoc/core/kit";
import { visit } from "@newsdoc/core/kit";

/** Every mention of an article, in reading order: its words and the entity it names. */
export function mentionsIn(article: Article): { text: string; entity: string }[] {
  const out: { text: string; entity: string }[] = [];
  visit(article, (node) => {
    const inline = node as Inline;
    if (typeof inline === "object" && inline.type === "mention")
      out.push({ text: inline.text, entity: inline.entity });
  });
  return out;
}
