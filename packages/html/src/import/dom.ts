import type { DefaultTreeAdapterTypes } from "parse5";
import type { SourceLocation } from "./report.js";

/** A parse5 element. */
export type Element = DefaultTreeAdapterTypes.Element;
/** Any parse5 node. */
export type Node = DefaultTreeAdapterTypes.Node;
/** A parse5 child node. */
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
/** A parse5 text node. */
export type TextNode = DefaultTreeAdapterTypes.TextNode;

/** True for an element node (not text, comment, doctype or template content). */
export function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** True for a text node. */
export function isText(node: Node): node is TextNode {
  return node.nodeName === "#text";
}

/** The value of an attribute, or `undefined`. */
export function attr(element: Element, name: string): string | undefined {
  for (const a of element.attrs) if (a.name === name && !a.prefix) return a.value;
  return undefined;
}

/** The class tokens of an element. */
export function classes(element: Element): string[] {
  const value = attr(element, "class");
  return value === undefined ? [] : value.split(/[ \t\n\f\r]+/).filter((c) => c !== "");
}

/** True when the element has the class token. */
export function hasClass(element: Element, name: string): boolean {
  return classes(element).includes(name);
}

/** The element's children, with a `<template>`'s content in place of its (empty) children. */
export function childrenOf(node: Node): ChildNode[] {
  if ("content" in node && node.content) return node.content.childNodes;
  return "childNodes" in node ? node.childNodes : [];
}

/** The first element under `root` that passes `test`, depth-first, in document order. */
export function findElement(root: Node, test: (element: Element) => boolean): Element | undefined {
  const stack: ChildNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return undefined;
}

/** Every element under `root` that passes `test`, depth-first, in document order. */
export function findAll(root: Node, test: (element: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The raw text of every text node under `node`, concatenated (like `textContent`); iterative, so any depth is fine. */
export function textContent(node: Node): string {
  if (isText(node)) return node.value;
  let out = "";
  const stack: ChildNode[] = [...childrenOf(node)].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (isText(child)) out += child.value;
    else if (isElement(child)) {
      const kids = childrenOf(child);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The text nodes' values under `node`, in document order (iterative). */
export function textRuns(node: Node): string[] {
  const out: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.value);
    else {
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** ASCII whitespace, as HTML defines it. */
export const HTML_SPACE = /[ \t\n\f\r]+/g;

/** Text with runs of HTML whitespace collapsed to one space and trimmed. */
export function collapse(text: string): string {
  return text.replace(HTML_SPACE, " ").trim();
}

/** The source location of an element (or one of its attributes), when parse5 recorded it. */
export function locationOf(element: Element, attribute?: string): SourceLocation | undefined {
  const loc = element.sourceCodeLocation;
  if (!loc) return undefined;
  const at = attribute === undefined ? (loc.startTag ?? loc) : (loc.attrs?.[attribute] ?? loc);
  return {
    line: at.startLine,
    column: at.startCol,
    offset: at.startOffset,
    endOffset: at.endOffset,
  };
}

const SIMPLE_CLASS = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A CSS-like path from `<body>` (or `<head>`) to the element:
 * `body > div.story > p:nth-of-type(3)`. Classes are shown when they are
 * simple identifiers (at most two); `:nth-of-type` when the element has
 * siblings of its type.
 */
export function pathOf(element: Element): string {
  const parts: string[] = [];
  let node: Element | null = element;
  while (node) {
    let part = node.tagName;
    const parent: DefaultTreeAdapterTypes.ParentNode | null = node.parentNode;
    if (node.tagName === "html" || node.tagName === "body" || node.tagName === "head") {
      parts.push(part);
      if (node.tagName !== "html") break;
      node = null;
      continue;
    }
    const cls = classes(node)
      .filter((c) => SIMPLE_CLASS.test(c))
      .slice(0, 2);
    for (const c of cls) part += `.${c}`;
    if (parent) {
      const same = parent.childNodes.filter(
        (c): c is Element => isElement(c) && c.tagName === node!.tagName,
      );
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    parts.push(part);
    node = parent && isElement(parent) ? parent : null;
  }
  return parts.reverse().join(" > ");
}
