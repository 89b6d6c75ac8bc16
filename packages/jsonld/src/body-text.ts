import { type Article, type Image, NewsdocRenderError, type Node } from "@newsdoc/core/kit";

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
}

function describe(node: unknown): string {
  const type = (node as { type?: unknown } | null)?.type;
  return typeof type === "string" ? `a node of type ${JSON.stringify(type)}` : String(node);
}

/**
 * One pass over the body (and the lead caption): its plain text, the same
 * text as core's `plainText` (blocks separated by a blank line, list items
 * by a newline, a figure gives its caption), the entities mentioned in the
 * body in first-mention order, and the figures. A plain walk rather than a
 * kit renderer: toJsonLd takes no handler overrides, so the kit's dispatch
 * table would only add weight. Like the kit, it throws a
 * `NewsdocRenderError` for a node that is not in the model.
 */
export function bodyFacts(article: Article): BodyFacts {
  let mentions = new Set<string>();
  const figures: BodyFacts["figures"] = [];
  const inline = (nodes: readonly Node[] | undefined): string => {
    let out = "";
    if (nodes) for (let i = 0; i < nodes.length; i++) out += text(nodes[i]!);
    return out;
  };
  const blocks = (nodes: readonly Node[], separator: string): string => {
    let out = "";
    for (let i = 0; i < nodes.length; i++) {
      const part = text(nodes[i]!);
      if (part !== "") out = out === "" ? part : out + separator + part;
    }
    return out;
  };
  const text = (node: Node): string => {
    if (typeof node === "string") return node;
    switch (node?.type) {
      case "mention":
        mentions.add(node.entity);
        return node.text;
      case "break":
        return "\n";
      case "rule":
        return "";
      case "figure": {
        const caption = inline(node.image.caption);
        figures.push({ image: node.image, caption });
        return caption;
      }
      case "blockquote":
        return blocks(node.children, "\n\n");
      case "list":
        return node.children.map(text).join("\n");
      case "paragraph":
      case "heading":
      case "listItem":
      case "emphasis":
      case "strong":
      case "link":
      case "quote":
        return inline(node.children);
    }
    throw new NewsdocRenderError(
      "unknown_node",
      `toJsonLd cannot render ${describe(node)}: it is not a newsdoc node. Validate the article with parseArticle() before rendering.`,
    );
  };
  try {
    // The lead caption's mentions are not the body's: collected, then dropped.
    const leadCaption = inline(article.image?.caption);
    mentions = new Set();
    return { text: blocks(article.body, "\n\n"), leadCaption, mentions, figures };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new NewsdocRenderError(
        "too_deep",
        "toJsonLd ran out of stack: the article nests nodes too deeply. parseArticle() rejects such input.",
      );
    }
    throw error;
  }
}
