import type { Article, Block, Inline } from "@newsdoc/core/kit";

function stripInline(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline) => {
    if (typeof node === "string") {
      if (node === "") return;
      const last = out[out.length - 1];
      if (typeof last === "string") out[out.length - 1] = last + node;
      else out.push(node);
      return;
    }
    out.push(node);
  };
  for (const node of nodes) {
    if (typeof node === "string") push(node);
    else if (node.type === "mention") push(node.text);
    else if (node.type === "quote") for (const child of stripInline(node.children)) push(child);
    else if (node.type === "break") push(node);
    else push({ ...node, children: stripInline(node.children) });
  }
  return out;
}

function stripBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  // A pull quote shows a quote, and the draft has none: it goes with them (its words are the quote's, not the text's).
  for (const block of blocks) if (block.type !== "pullQuote") out.push(stripBlock(block));
  return out;
}

function stripBlock(block: Exclude<Block, { type: "pullQuote" }>): Block {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return { ...block, children: stripInline(block.children) };
    case "figure":
      return block.image.caption
        ? { ...block, image: { ...block.image, caption: stripInline(block.image.caption) } }
        : block;
    case "blockquote": {
      const { quote: _quote, ...rest } = block;
      return { ...rest, children: stripBlocks(block.children) };
    }
    case "aside":
      return { ...block, title: stripInline(block.title), children: stripBlocks(block.children) };
    case "editorsNote":
      return { ...block, children: stripInline(block.children) };
    case "correction":
      return block;
    case "list":
      return {
        ...block,
        children: block.children.map((item) => ({ ...item, children: stripInline(item.children) })),
      };
    case "table":
      return {
        ...block,
        ...(block.caption !== undefined ? { caption: stripInline(block.caption) } : {}),
        children: block.children.map((row) => ({
          ...row,
          children: row.children.map((cell) => ({ ...cell, children: stripInline(cell.children) })),
        })),
      };
    case "rule":
    case "embed":
    case "video":
    case "audio":
      return block;
  }
}

/**
 * The article as a writer hands it in: the same text and entity registry,
 * with every mention and quote span taken out (their words stay, adjacent
 * strings joined), a blockquote's quote link and pull quotes dropped, and
 * no quotes or claims (which would point at the removed spans). Use it to annotate an
 * article afresh; the eval uses it to turn a hand-made answer into input.
 *
 * @example
 * ```ts
 * const draft = stripAnnotations(article);
 * plainText(draft.body) === plainText(article.body); // true
 * ```
 */
export function stripAnnotations(article: Article): Article {
  const { image, ...rest } = article;
  const stripped: Article = {
    ...rest,
    body: stripBlocks(article.body),
    quotes: [],
    claims: [],
  };
  if (image)
    stripped.image = image.caption ? { ...image, caption: stripInline(image.caption) } : image;
  return stripped;
}
