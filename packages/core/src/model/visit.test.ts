import { describe, expect, it } from "vitest";
import { article as example } from "../example/article.js";
import { isNewsdocRenderError } from "../kit/render-error.js";
import type { Article } from "./article.js";
import type { Node, NodeType } from "./node.js";
import { NODE_TABLE } from "./node-table.js";
import { childrenOf, EXIT, nodeTypeOf, SKIP, type Visitable, visit } from "./visit.js";

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

/** Every node in a JSON tree, found without the table: strings in node lists, objects with a table `type`. */
function naiveNodes(article: Article): unknown[] {
  const out: unknown[] = [article];
  const walk = (value: unknown, inList: boolean) => {
    if (typeof value === "string") {
      if (inList) out.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, true);
      return;
    }
    if (value && typeof value === "object") {
      const type = (value as { type?: unknown }).type;
      if (inList && typeof type === "string" && type in NODE_TABLE) out.push(value);
      for (const [key, child] of Object.entries(value)) {
        // Only node lists hold nodes; ids lists (about, creators) hold strings that are not text.
        if (key === "children" || key === "body" || key === "caption") walk(child, false);
        else if (key === "image") walk(child, false);
      }
    }
  };
  walk({ body: article.body, image: article.image }, false);
  return out;
}

describe("visit", () => {
  it("visits every node of the example, each once, with a path that leads back to it", () => {
    const seen: unknown[] = [];
    visit(example, (node, pos) => {
      seen.push(node);
      if (pos.depth === 0) expect(pos.path()).toEqual([]);
      else if (typeof node !== "string") expect(at(example, pos.path())).toBe(node);
      else expect(at(example, pos.path())).toBe(node);
    });
    const naive = naiveNodes(example);
    expect(seen.length).toBe(naive.length);
    expect(new Set(seen.filter((n) => typeof n !== "string"))).toEqual(
      new Set(naive.filter((n) => typeof n !== "string")),
    );
  });

  it("gives the parent, the slot and the index among siblings", () => {
    visit(example, (node, pos) => {
      if (pos.parent === undefined) return;
      const list = pos.slot!.get(pos.parent as never) as readonly unknown[];
      expect(list[pos.index]).toBe(node);
      expect(pos.type).toBe(nodeTypeOf(node));
    });
  });

  it("walks the lead image caption before the body, and figure captions in place", () => {
    const article: Article = {
      newsdoc: 1,
      id: "a",
      language: "en",
      headline: "H",
      authors: [],
      image: { caption: ["lead"] },
      body: [
        { type: "paragraph", children: ["one"] },
        { type: "figure", image: { caption: ["fig"] } },
        { type: "list", children: [{ type: "listItem", children: ["item"] }] },
      ],
      entities: [],
      quotes: [],
      claims: [],
    };
    const texts: string[] = [];
    const paths: string[] = [];
    visit(article, (node, pos) => {
      if (typeof node === "string") {
        texts.push(node);
        paths.push(pos.path().join("."));
      }
    });
    expect(texts).toEqual(["lead", "one", "fig", "item"]);
    expect(paths).toEqual([
      "image.caption.0",
      "body.0.children.0",
      "body.1.image.caption.0",
      "body.2.children.0.children.0",
    ]);
  });

  it("calls leave after the children, and SKIP and EXIT steer the walk", () => {
    const nodes: Node[] = [
      { type: "emphasis", children: ["a", { type: "strong", children: ["b"] }] },
      "c",
      { type: "link", url: "https://example.com/", children: ["d"] },
    ];
    const log: string[] = [];
    visit(nodes, {
      enter: (n) => {
        log.push(`>${typeof n === "string" ? n : nodeTypeOf(n)}`);
        if (typeof n !== "string" && nodeTypeOf(n) === "strong") return SKIP;
        return n === "c" ? EXIT : undefined;
      },
      leave: (n) => {
        log.push(`<${typeof n === "string" ? n : nodeTypeOf(n)}`);
      },
    });
    expect(log).toEqual([">emphasis", ">a", "<a", ">strong", "<strong", "<emphasis", ">c"]);
    const indices: number[] = [];
    visit(nodes, (_n, pos) => {
      if (pos.depth === 0) indices.push(pos.index);
    });
    expect(indices).toEqual([0, 1, 2]);
  });

  it("walks nesting far deeper than the call stack allows", () => {
    let node: Node = "deep";
    for (let i = 0; i < 100_000; i++) node = { type: "emphasis", children: [node] };
    let count = 0;
    let deepest = 0;
    visit(node, (_n, pos) => {
      count++;
      deepest = Math.max(deepest, pos.depth);
    });
    expect(count).toBe(100_001);
    expect(deepest).toBe(100_000);
  });

  it("reports a value that is not a node as a NewsdocRenderError, not a TypeError", () => {
    const bad = [{ type: "paragraph", children: ["x", { type: "marquee" }] }] as unknown as Node[];
    let error: unknown;
    try {
      visit(bad, () => {});
    } catch (e) {
      error = e;
    }
    expect(isNewsdocRenderError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("unknown_node");
    expect((error as Error).message).toMatch(/"marquee"/);
    for (const value of [null, 3, ["x"], { type: "__proto__" }, { type: "toString" }]) {
      expect(() => visit([value] as unknown as Node[], () => {})).toThrow(/not a newsdoc node/);
    }
  });
});

describe("childrenOf", () => {
  it("returns the model's own array for the main slot, and an empty list for leaves", () => {
    const paragraph = example.body[0]!;
    expect(childrenOf(paragraph)).toBe((paragraph as { children: unknown }).children);
    expect(childrenOf(example)).toBe(example.body);
    expect(childrenOf({ type: "figure", image: { caption: ["c"] } })).toEqual(["c"]);
    expect(childrenOf({ type: "figure", image: {} })).toEqual([]);
    expect(childrenOf("text")).toEqual([]);
    expect(childrenOf({ type: "mention", entity: "x", text: "X" })).toEqual([]);
  });
});

describe("nodeTypeOf", () => {
  it("names text, the article and element nodes", () => {
    const cases: [Visitable, NodeType][] = [
      ["x", "text"],
      [example, "article"],
      [{ type: "rule" }, "rule"],
    ];
    for (const [node, type] of cases) expect(nodeTypeOf(node)).toBe(type);
  });
});
