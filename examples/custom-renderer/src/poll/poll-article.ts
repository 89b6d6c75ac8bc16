import type { Article } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import type { Poll } from "./poll-node.js";

/**
 * DEMO ONLY — the poll is invented for this example; the source article
 * has none. It asks readers about the article's one claim, in the claim's
 * own words, and names the claim by id.
 */
export const demoPoll: Poll = {
  type: "poll",
  question: "Do you believe Russian troops are being sent to fight in Syria?",
  options: ["Yes", "No", "Not sure"],
  claim: "russian-troops-in-syria",
};

/**
 * The example article with {@link demoPoll} after its last paragraph: an
 * example-only fixture (everything but the poll is the source article).
 * Validate it with `parseArticle(pollArticle, { nodes: [pollNode] })`.
 */
export const pollArticle: Article = {
  ...article,
  id: `${article.id}-poll-demo`,
  body: [...article.body, demoPoll],
};
