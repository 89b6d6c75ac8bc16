import type { Inline, InlineElement } from "@newsdoc/core/kit";

function length(node: Inline): number {
  if (typeof node === "string") return node.length;
  switch (node.type) {
    case "mention":
      return node.text.length;
    case "break":
      return 1;
    default: {
      let total = 0;
      for (const child of node.children) total += length(child);
      return total;
    }
  }
}

/**
 * Wraps the text between `start` and `end` (offsets into the plain text of
 * `nodes`) in the element `make` builds from the nodes it covers, splitting
 * strings at the ends. Descends into an emphasis, strong, link or quote span
 * that holds the whole range. Returns the new nodes, or `undefined` when the
 * range crosses the edge of an element (half inside a link) or cuts a
 * mention: then nothing can be wrapped without changing the markup.
 * The plain text is never changed.
 */
export function wrapRange(
  nodes: readonly Inline[],
  start: number,
  end: number,
  make: (inner: Inline[]) => InlineElement | undefined,
): Inline[] | undefined {
  const bounds: [number, number][] = [];
  let pos = 0;
  for (const node of nodes) {
    const len = length(node);
    bounds.push([pos, pos + len]);
    pos += len;
  }
  // The whole range inside one element: descend.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const [a, b] = bounds[i]!;
    if (typeof node === "string" || a > start || end > b) continue;
    const exact = a === start && b === end;
    if (node.type === "mention" || node.type === "break") {
      if (exact) break;
      return undefined;
    }
    // Exactly this element: wrap inside it if the builder accepts that, else around it.
    const inner = wrapRange(node.children, start - a, end - a, make);
    if (!inner) {
      if (exact) break;
      return undefined;
    }
    const copy = nodes.slice();
    copy[i] = { ...node, children: inner };
    return copy;
  }
  let s = -1;
  let e = -1;
  for (let i = 0; i < nodes.length; i++) {
    const [a, b] = bounds[i]!;
    if (s < 0 && b > start) s = i;
    if (a < end) e = i;
  }
  if (s < 0 || e < s) return undefined;
  const first = nodes[s]!;
  const last = nodes[e]!;
  const [sa] = bounds[s]!;
  const [ea, eb] = bounds[e]!;
  if (typeof first !== "string" && sa !== start) return undefined;
  if (typeof last !== "string" && eb !== end) return undefined;
  const before: Inline[] = nodes.slice(0, s);
  const after: Inline[] = nodes.slice(e + 1);
  const middle: Inline[] = [];
  if (s === e && typeof first === "string") {
    const head = first.slice(0, start - sa);
    const body = first.slice(start - sa, end - sa);
    const tail = first.slice(end - sa);
    if (head) before.push(head);
    middle.push(body);
    if (tail) after.unshift(tail);
  } else {
    if (typeof first === "string") {
      const head = first.slice(0, start - sa);
      if (head) before.push(head);
      middle.push(first.slice(start - sa));
    } else middle.push(first);
    middle.push(...nodes.slice(s + 1, e));
    if (typeof last === "string") {
      middle.push(last.slice(0, end - ea));
      const tail = last.slice(end - ea);
      if (tail) after.unshift(tail);
    } else middle.push(last);
  }
  const element = make(middle.filter((n) => n !== ""));
  if (!element) return undefined;
  return [...before, element, ...after];
}
