import {
  type Article,
  type Audio,
  type Embed,
  type Figure,
  type Image,
  type Mention,
  type Video,
  walkText,
} from "@newsdoc/core/kit";

/** What one walk of the article's text collects for the graph. */
export interface BodyFacts {
  /** The body's plain text, as core's `plainText(article.body)` gives it. */
  text: string;
  /** The lead image's caption as plain text (`""` without one). */
  leadCaption: string;
  /** Entity ids mentioned in the body (figure captions included), first mention first. */
  mentions: Set<string>;
  /** The body's figures, in document order, with their caption text. */
  figures: { image: Image; caption: string }[];
  /** The body's embeds, videos and audio clips, in document order. */
  media: (Embed | Video | Audio)[];
}

/**
 * One pass over the body (and one over the lead caption) with the kit's
 * `walkText`: the body's plain text (the same as core's `plainText`), the
 * entities mentioned in the body in first-mention order, and the figures
 * with their caption text. The walk goes through the model's node table,
 * so a node type added to the model is walked here without a change; a
 * value that is not a node is the kit's `NewsdocRenderError`
 * (`unknown_node`).
 */
export function bodyFacts(article: Article): BodyFacts {
  const mentions = new Set<string>();
  const figures: BodyFacts["figures"] = [];
  const media: BodyFacts["media"] = [];
  const text = walkText(article.body, {
    enter(node, type) {
      if (type === "mention") mentions.add((node as Mention).entity);
      else if (type === "embed" || type === "video" || type === "audio")
        media.push(node as Embed | Video | Audio);
    },
    leave(node, type, caption) {
      if (type === "figure") figures.push({ image: (node as Figure).image, caption });
    },
  });
  const leadCaption = article.image?.caption ? walkText(article.image.caption) : "";
  return { text, leadCaption, mentions, figures, media };
}
