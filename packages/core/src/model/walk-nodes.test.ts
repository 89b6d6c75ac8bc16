import { describe, expect, it } from "vitest";
import { article as example } from "../example/article.js";
import type { Article } from "./article.js";
import type { Node } from "./node.js";
import { visit } from "./visit.js";
import { walkNodes } from "./walk-nodes.js";

/** Every enter and leave of `visit`, as `+type` / `-type` with the node. */
function visitLog(root: Article | Node | readonly Node[]): [string, unknown][] {
  const log: [string, unknown][] = [];
  visit(root, {
    enter: (node, at) => {
      log.push([`+${at.type}`, node]);
    },
    leave: (node, at) => {
      log.push([`-${at.type}`, node]);
    },
  });
  return log;
}

function walkLog(root: Article | Node | readonly Node[]): [string, unknown][] {
  const log: [string, unknown][] = [];
  walkNodes(
    root,
    (node, type) => log.push([`+${type}`, node]),
    (node, type) => log.push([`-${type}`, node]),
  );
  return log;
}

const boxed: Article = {
  ...example,
  body: [
    {
      type: "aside",
      title: ["Box ", { type: "emphasis", children: ["title"] }],
      children: [
        { type: "list", children: [{ type: "listItem", children: ["a", { type: "break" }] }] },
        { type: "blockquote", children: [{ type: "paragraph", children: ["q"] }] },
      ],
    },
    ...example.body,
  ],
};

describe("walkNodes", () => {
  it("enters and leaves every node in visit's order: the example, captions and asides included", () => {
    for (const root of [example, boxed, boxed.body, boxed.body[0]!, "text" as Node]) {
      const expected = visitLog(root);
      expect(walkLog(root)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
    // The lead caption before the body, as in visit.
    expect(walkLog(example)[1]![1]).toBe(example.image!.caption![0]);
  });

  it("calls only enter when no leave is given", () => {
    const types: string[] = [];
    walkNodes(boxed.body[0]!, (_node, type) => types.push(type));
    expect(types).toEqual(
      visitLog(boxed.body[0]!)
        .filter(([step]) => step.startsWith("+"))
        .map(([step]) => step.slice(1)),
    );
  });

  it("reports a value that is not a node as unknown_node, as visit does", () => {
    for (const bad of [null, 3, { type: "tabel" }, { type: "article", body: [] }, []]) {
      const article = { ...example, body: [{ type: "paragraph", children: [bad] }] };
      expect(() => walkNodes(article as unknown as Article, () => {})).toThrowError(
        expect.objectContaining({
          code: "unknown_node",
          message: expect.stringMatching(/^The walk met .*: it is not a newsdoc node\./),
        }),
      );
    }
    // An article is a node only at the top.
    expect(() => walkNodes([example as unknown as Node], () => {})).not.toThrow();
  });

  it("walks absurdly deep input without overflowing the stack", () => {
    let inline: unknown = "deep";
    for (let i = 0; i < 200_000; i++) inline = { type: "emphasis", children: [inline] };
    let leaves = 0;
    walkNodes(
      { type: "paragraph", children: [inline] } as Node,
      () => {},
      () => leaves++,
    );
    expect(leaves).toBe(200_002);
  });
});
