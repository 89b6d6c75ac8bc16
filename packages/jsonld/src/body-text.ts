import {
  type Article,
  type Figure,
  type Image,
  type Mention,
  NODE_TABLE,
  walkText,
} from "@newsdoc/core/kit";
import { isSpaceCode, wordCount } from "./word-count.js";

/** How the walk treats each node type, from the node table: 1 a block or list item (whitespace or nothing at its edges), 2 an inline leaf (its own text), 0 an inline with children. */
const ROLE = new Map<string, number>();
for (const [type, spec] of Object.entries(NODE_TABLE)) {
  ROLE.set(type, spec.category !== "phrasing" ? 1 : spec.slots.length === 0 ? 2 : 0);
}

/** What one walk of the article's text collects for the graph. */
export interface BodyFacts {
  /** The body's plain text, as core's `plainText(article.body)` gives it. */
  text: string;
  /** `wordCount(text)`, counted on the way (see {@link bodyFacts}). */
  words: number;
  /** The lead image's caption as plain text (`""` without one). */
  leadCaption: string;
  /** Entity ids mentioned in the body (figure captions included), first mention first, each once. */
  mentions: string[];
  /** The body's figures, in document order, with their caption text. */
  figures: { image: Image; caption: string }[];
}

/**
 * One pass over the body (and one over the lead caption) with the kit's
 * `walkText`: the body's plain text (the same as core's `plainText`), its
 * word count, the entities mentioned in the body in first-mention order,
 * and the figures with their caption text. The walk goes through the
 * model's node table, so a node type added to the model is walked here
 * without a change; a value that is not a node is the kit's
 * `NewsdocRenderError` (`unknown_node`).
 *
 * The words are counted on the leaves (the nodes without child slots: text,
 * mentions, breaks), not on the joined text: reading the joined text
 * character by character would first flatten the string the walk built
 * out of hundreds of pieces, which costs as much as counting. Inline
 * leaves are joined without a separator, so a word can run across two of
 * them; blocks and list items are always separated by whitespace (or
 * nothing, when empty), so a word never runs across their edges. A
 * property test holds the count equal to `wordCount(plainText(body))`.
 */
export function bodyFacts(article: Article): BodyFacts {
  const mentions: string[] = [];
  const mentioned = new Set<string>();
  const figures: BodyFacts["figures"] = [];
  let words = 0;
  // Whether the text so far ends inside a word that the next leaf may continue.
  let inWord = false;
  const text = walkText(article.body, {
    enter(node, type) {
      if (ROLE.get(type) === 1) inWord = false;
      else if (type === "mention") {
        const entity = (node as Mention).entity;
        if (!mentioned.has(entity)) {
          mentioned.add(entity);
          mentions.push(entity);
        }
      }
    },
    leave(node, type, text) {
      const role = ROLE.get(type);
      if (role === 1) {
        inWord = false;
        if (type === "figure") figures.push({ image: (node as Figure).image, caption: text });
      } else if (role === 2 && text !== "") {
        words += wordCount(text);
        if (inWord && !isSpaceCode(text.charCodeAt(0))) words--;
        inWord = !isSpaceCode(text.charCodeAt(text.length - 1));
      }
    },
  });
  const leadCaption = article.image?.caption ? walkText(article.image.caption) : "";
  return { text, words, leadCaption, mentions, figures };
}
