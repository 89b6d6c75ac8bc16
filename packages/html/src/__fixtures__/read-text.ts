import { type HtmlElement, type HtmlNode, isElement } from "@newsdoc/test-utils";

const BLOCKS = new Set(["p", "h2", "h3", "h4", "h5", "h6", "figcaption"]);
// Words the renderer adds around the model's text: credits, attributions, and pull quotes (their words are a quote's).
const ADDED = /(?:^|\s)nd-(?:credit|attribution|pull-quote)(?:\s|$)/;

function classOf(node: HtmlNode): string {
  return isElement(node) ? (node.attrs.find((a) => a.name === "class")?.value ?? "") : "";
}

function inlineText(node: HtmlNode): string {
  if (node.nodeName === "#text") return (node as { value: string }).value;
  if (!isElement(node)) return "";
  if (node.tagName === "br") return "\n";
  let out = "";
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (ADDED.test(classOf(child))) continue;
    // The space the renderer puts between a caption and its credit.
    const next = children[i + 1];
    const text = inlineText(child);
    out +=
      child.nodeName === "#text" && next && ADDED.test(classOf(next)) ? text.slice(0, -1) : text;
  }
  return out;
}

// A notice's words after its generated label (and, for a correction, the generated date).
const NOTICE = /(?:^|\s)nd-(?:editors-note|correction)(?:\s|$)/;

function noticeText(node: HtmlElement): string {
  const p = node.childNodes.find(isElement);
  if (!p) return "";
  const kids = p.childNodes;
  const start = kids.findIndex((k) => (isElement(k) ? k.tagName === "time" : false));
  const label = kids.findIndex((k) => /(?:^|\s)nd-notice-label(?:\s|$)/.test(classOf(k)));
  const rest = kids
    .slice((start === -1 ? label : start) + 1)
    .map(inlineText)
    .join("");
  return rest.startsWith(": ") ? rest.slice(2) : rest;
}

function collect(node: HtmlNode, out: string[]): void {
  if (isElement(node) && ADDED.test(classOf(node))) return;
  // Hidden from readers (a pull quote repeats the body's words): not the model's text.
  if (isElement(node) && node.attrs.some((a) => a.name === "aria-hidden" && a.value === "true"))
    return;
  if (isElement(node) && NOTICE.test(classOf(node))) {
    const text = noticeText(node);
    if (text !== "") out.push(text);
    return;
  }
  if (isElement(node) && (node.tagName === "ul" || node.tagName === "ol")) {
    out.push(node.childNodes.filter(isElement).map(inlineText).join("\n"));
  } else if (isElement(node) && BLOCKS.has(node.tagName)) {
    const text = inlineText(node);
    if (text !== "") out.push(text);
  } else {
    for (const child of (node as { childNodes?: HtmlNode[] }).childNodes ?? []) collect(child, out);
  }
}

function find(node: HtmlNode, className: string): HtmlElement | undefined {
  if (isElement(node) && classOf(node).split(" ").includes(className)) return node;
  for (const child of (node as { childNodes?: HtmlNode[] }).childNodes ?? []) {
    const found = find(child, className);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text of the rendered body (`.nd-body`), read back from the parsed
 * HTML the way `plainText` reads the model: blocks separated by a blank
 * line, list items by a newline, `<br>` as a newline, credits,
 * attributions, pull quotes and notice labels (words the renderer adds) left out.
 */
export function renderedBodyText(root: HtmlNode): string {
  const body = find(root, "nd-body");
  if (!body) throw new Error("no .nd-body element in the output");
  const out: string[] = [];
  collect(body, out);
  return out.join("\n\n");
}
