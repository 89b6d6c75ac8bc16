import { type DefaultTreeAdapterTypes, parse, parseFragment } from "parse5";

/** A parse5 node (default tree adapter). */
export type HtmlNode = DefaultTreeAdapterTypes.Node;
/** A parse5 element. */
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/**
 * Parses HTML as a browser would: a whole document when it starts with a
 * doctype or `<html`, else a fragment (in a `<body>` context).
 */
export function parseHtml(
  html: string,
): DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment {
  return /^\s*(<!doctype|<html)/i.test(html) ? parse(html) : parseFragment(html);
}

function childrenOf(node: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  if ("childNodes" in node) out.push(...node.childNodes);
  // A <template>'s children live in its content fragment; walk them too.
  if (node.nodeName === "template" && "content" in node) out.push(...node.content.childNodes);
  return out;
}

/** Every node under `root` (itself included), in document order, template contents included. */
export function* walkHtml(root: HtmlNode): Generator<HtmlNode> {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Whether a node is an element. */
export function isElement(node: HtmlNode): node is HtmlElement {
  return "tagName" in node;
}

/** Every element under `root` (itself included) that matches `predicate`. */
export function findElements(
  root: HtmlNode,
  predicate: (el: HtmlElement) => boolean = () => true,
): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const node of walkHtml(root)) if (isElement(node) && predicate(node)) out.push(node);
  return out;
}

/** An attribute's value, or `undefined`. */
export function getAttribute(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of a node: every text node under it, concatenated (like DOM `textContent`). */
export function textContent(node: HtmlNode): string {
  let out = "";
  for (const n of walkHtml(node)) if (n.nodeName === "#text" && "value" in n) out += n.value;
  return out;
}
