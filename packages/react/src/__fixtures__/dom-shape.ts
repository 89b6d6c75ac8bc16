import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode;

/** A parsed DOM as plain data: text, or an element with sorted attributes. */
export type Shape = string | { tag: string; attrs: Record<string, string>; children: Shape[] };

/**
 * The DOM a browser builds from `html` (parse5, body context), as plain
 * data: attributes sorted by name, comments dropped (renderToString writes
 * `<!-- -->` between adjacent text nodes), adjacent text merged. Nothing
 * else is normalised: the text must be the same, character for character.
 */
export function domShape(html: string): Shape[] {
  return shapes(parseFragment(html).childNodes);
}

function shapes(nodes: readonly Node[]): Shape[] {
  const out: Shape[] = [];
  for (const node of nodes) {
    if (node.nodeName === "#comment") continue;
    if (node.nodeName === "#text") {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      const last = out[out.length - 1];
      if (typeof last === "string") out[out.length - 1] = last + value;
      else out.push(value);
      continue;
    }
    if (!("tagName" in node)) continue;
    const el = node as DefaultTreeAdapterTypes.Element;
    const attrs: Record<string, string> = {};
    for (const a of [...el.attrs].sort((x, y) => (x.name < y.name ? -1 : 1))) {
      attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
    }
    const children =
      el.tagName === "template"
        ? shapes((el as DefaultTreeAdapterTypes.Template).content.childNodes)
        : shapes(el.childNodes);
    out.push({ tag: el.tagName, attrs, children });
  }
  return out;
}

/**
 * Splits off React 19's resource hints: it hoists a
 * `<link rel="preload" as="image">` for every eagerly loaded `<img>` in
 * front of the markup. They are React's, not the component's; the test
 * checks them separately.
 */
export function withoutPreloads(shape: Shape[]): { markup: Shape[]; preloads: string[] } {
  const preloads: string[] = [];
  const markup = shape.filter((s) => {
    if (typeof s !== "string" && s.tag === "link" && s.attrs.rel === "preload") {
      // With a srcset, React preloads the set (imagesrcset) instead of one file.
      preloads.push(s.attrs.imagesrcset ?? s.attrs.href ?? "");
      return false;
    }
    return true;
  });
  return { markup, preloads };
}
