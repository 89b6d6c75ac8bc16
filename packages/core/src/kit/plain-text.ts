import type { Block, ListItem } from "../model/block.js";
import type { Inline } from "../model/inline.js";

type TextNode = Inline | Block | ListItem;

function inlineText(node: Inline | ListItem, out: string[]): void {
  if (typeof node === "string") {
    out.push(node);
    return;
  }
  switch (node.type) {
    case "mention":
      out.push(node.text);
      return;
    case "break":
      out.push("\n");
      return;
    default:
      for (const child of node.children) inlineText(child, out);
  }
}

function blockText(node: Block): string {
  switch (node.type) {
    case "paragraph":
    case "heading": {
      const out: string[] = [];
      for (const child of node.children) inlineText(child, out);
      return out.join("");
    }
    case "figure":
      return node.image.caption ? plainText(node.image.caption) : "";
    case "blockquote":
      return plainText(node.children);
    case "list":
      return node.children.map((item) => plainText(item.children)).join("\n");
    case "rule":
      return "";
  }
}

function isBlock(node: TextNode): node is Block {
  return (
    typeof node !== "string" &&
    (node.type === "paragraph" ||
      node.type === "heading" ||
      node.type === "figure" ||
      node.type === "blockquote" ||
      node.type === "list" ||
      node.type === "rule")
  );
}

/**
 * The text of inline or block nodes, as a reader sees it: inline nodes are
 * concatenated (a break is a newline, a mention its words); blocks are
 * separated by a blank line (`\n\n`), list items by a newline; a figure
 * gives its caption, a rule nothing.
 *
 * @example
 * ```ts
 * plainText(["Russia ", { type: "emphasis", children: ["denies"] }]); // "Russia denies"
 * plainText(article.body); // paragraphs separated by "\n\n"
 * ```
 */
export function plainText(nodes: TextNode | readonly TextNode[]): string {
  const list: readonly TextNode[] = Array.isArray(nodes) ? nodes : [nodes as TextNode];
  const blocks: string[] = [];
  let inline: string[] | undefined;
  for (const node of list) {
    if (isBlock(node)) {
      if (inline) {
        blocks.push(inline.join(""));
        inline = undefined;
      }
      const text = blockText(node);
      if (text !== "") blocks.push(text);
    } else {
      inline ??= [];
      inlineText(node, inline);
    }
  }
  if (inline) blocks.push(inline.join(""));
  return blocks.join("\n\n");
}
