import type { Inline } from "@newsdoc/core";

const SPACE_RUN = /[ \t\n\f\r]+/g;

interface Leaf {
  parent: Inline[];
  index: number;
}

/**
 * Inline content as a browser shows it (CSS `white-space: normal`): every
 * run of HTML whitespace is one space, across element boundaries; spaces at
 * the start and end of the block and around a line break are removed.
 * No-break spaces (U+00A0) are kept. Empty marks left over are removed.
 */
export function collapseInlines(nodes: readonly Inline[]): Inline[] {
  let afterSpace = true; // at the start of the block a space is dropped
  let last: Leaf | undefined;
  const trimLast = () => {
    if (last === undefined) return;
    const value = last.parent[last.index] as string;
    if (value.endsWith(" ")) last.parent[last.index] = value.slice(0, -1);
    last = undefined;
  };
  const walk = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      if (typeof node === "string") {
        let text = node.replace(SPACE_RUN, " ");
        if (afterSpace && text.startsWith(" ")) text = text.slice(1);
        if (text === "") continue;
        afterSpace = text.endsWith(" ");
        out.push(text);
        last = { parent: out, index: out.length - 1 };
      } else if (node.type === "break") {
        trimLast();
        out.push(node);
        afterSpace = true;
      } else if (node.type === "mention") {
        out.push(node);
        afterSpace = false;
        last = undefined;
      } else {
        out.push({ ...node, children: walk(node.children) } as Inline);
      }
    }
    return out;
  };
  const result = walk(nodes);
  trimLast();
  return tidyInlines(result, true);
}

/**
 * Merges adjacent strings and removes empty ones (HTML cannot tell `["a",
 * "b"]` from `["ab"]`); with `dropEmptyMarks`, emphasis and strong left
 * without content are removed too.
 */
export function tidyInlines(nodes: readonly Inline[], dropEmptyMarks = false): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      if (node === "") continue;
      const prev = out[out.length - 1];
      if (typeof prev === "string") out[out.length - 1] = prev + node;
      else out.push(node);
      continue;
    }
    if ("children" in node) {
      const children = tidyInlines(node.children, dropEmptyMarks);
      if (
        dropEmptyMarks &&
        children.length === 0 &&
        (node.type === "emphasis" || node.type === "strong")
      ) {
        continue;
      }
      out.push({ ...node, children } as Inline);
      continue;
    }
    out.push(node);
  }
  return out;
}
