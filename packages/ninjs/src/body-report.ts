import { type Article, type Block, type Image, isCustomNode, visit } from "@newsdoc/core/kit";
import type { Report } from "./report.js";

function figureLosses(image: Image, path: string, report: Report): void {
  const lost = [
    image.about?.length ? "about" : undefined,
    image.credit?.creators?.length ? "credit.creators" : undefined,
    image.credit?.providers?.length ? "credit.providers" : undefined,
  ].filter((f) => f !== undefined);
  if (lost.length > 0) {
    report.push({
      kind: "dropped",
      path,
      message: `The HTML of a body figure carries its file, alt text, size, caption and credit line, not ${lost.join(", ")}.`,
    });
  }
}

function walk(blocks: readonly Block[], path: string, report: Report): void {
  blocks.forEach((block, i) => {
    const at = `${path}[${i}]`;
    if (block.type === "figure") figureLosses(block.image, `${at}.image`, report);
    else if (block.type === "blockquote") walk(block.children, `${at}.children`, report);
  });
}

/**
 * What the HTML body cannot hold: the entity links of body figures, and
 * the data of custom nodes (`defineNode`), of which it keeps the plain
 * text (everything else it keeps).
 */
export function bodyLosses(article: Article, report: Report): void {
  walk(article.body, "body", report);
  visit(article.body, (node, at) => {
    if (!isCustomNode(node)) return undefined;
    const path = at.path();
    report.push({
      kind: "dropped",
      path: `body${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("")}`,
      message: `ninjs has no place for a custom "${(node as { type: string }).type}" node: body_html carries its plain text, not its data.`,
    });
    return "skip";
  });
}
