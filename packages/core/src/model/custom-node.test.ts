import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRenderer } from "../kit/define-renderer.js";
import { plainText } from "../kit/plain-text.js";
import { isNewsdocRenderError } from "../kit/render-error.js";
import { lintArticle } from "../lint/lint-article.js";
import { BlockSchema } from "../schema/block.js";
import { InlineSchema } from "../schema/inline.js";
import { articleJsonSchema } from "../schema/json-schema.js";
import { parseArticle, safeParseArticle } from "../validate/parse-article.js";
import { validArticle } from "../validate/test-fixture.js";
import type { Article } from "./article.js";
import type { Block } from "./block.js";
import { customNodeDefinition, customNodeTypes, defineNode, isCustomNode } from "./custom-node.js";
import { forEachReference } from "./for-each-reference.js";
import type { Inline } from "./inline.js";
import { NODE_TYPES } from "./node-table.js";
import { childrenOf, visit } from "./visit.js";

/** A custom box with a phrasing title, its own blocks and a sponsor (an entity id). */
interface TestBox {
  type: "testBox";
  title: Inline[];
  sponsor?: string;
  children: Block[];
}

const testBoxSchema = z.strictObject({
  type: z.literal("testBox"),
  title: z.array(InlineSchema),
  sponsor: z.string().exactOptional(),
  children: z.array(BlockSchema),
}) as unknown as z.ZodType<TestBox>;

const testBox = defineNode<TestBox>({
  type: "testBox",
  schema: testBoxSchema,
  children: { title: "phrasing", children: "flow" },
  references: { sponsor: { registry: "entities", kinds: ["Organization"] } },
});

const box = (over: Partial<TestBox> = {}): TestBox => ({
  type: "testBox",
  title: ["About ", { type: "mention", entity: "moscow", text: "Moscow" }],
  sponsor: "agency",
  children: [{ type: "paragraph", children: ["Inside the box."] }],
  ...over,
});

const withBox = (node: unknown): Article =>
  ({ ...validArticle(), body: [node as Block, ...validArticle().body] }) as Article;

describe("defineNode", () => {
  it("registers the node: its definition, its type name, isCustomNode", () => {
    expect(customNodeDefinition("testBox")).toBe(testBox);
    expect(customNodeTypes()).toContain("testBox");
    expect(isCustomNode(box())).toBe(true);
    expect(isCustomNode({ type: "paragraph", children: [] })).toBe(false);
    expect(isCustomNode("text")).toBe(false);
    expect(testBox.spec.slots.map((s) => [s.name, s.content])).toEqual([
      ["title", "phrasing"],
      ["children", "flow"],
    ]);
  });

  it("gives back the same definition when the same one is made again", () => {
    const again = defineNode<TestBox>({
      type: "testBox",
      schema: testBoxSchema,
      children: { title: "phrasing", children: "flow" },
      references: { sponsor: { registry: "entities", kinds: ["Organization"] } },
    });
    expect(again).toBe(testBox);
  });

  it.each([
    [{ type: "paragraph", schema: testBoxSchema }, /"paragraph" is a built-in node type/],
    [{ type: "toString", schema: testBoxSchema }, /"toString" is a built-in node type/],
    [{ type: "my box", schema: testBoxSchema }, /letters and digits/],
    [{ type: 7, schema: testBoxSchema }, /got 7/],
    [{ type: "noSchema" }, /`schema` must be a zod schema/],
    [
      { type: "badSlot", schema: testBoxSchema, children: { title: "inline" } },
      /"flow".*"phrasing"/,
    ],
    [
      { type: "badRef", schema: testBoxSchema, references: { sponsor: { registry: "people" } } },
      /"entities", "quotes" or "claims"/,
    ],
    [{ type: "badText", schema: testBoxSchema, text: "words" }, /`text` must be a function/],
    [{ type: "testBox", schema: testBoxSchema }, /a different "testBox" node is already defined/],
  ])("rejects a bad definition with a clear error (%#)", (input, message) => {
    let error: unknown;
    try {
      defineNode(input as never);
    } catch (e) {
      error = e;
    }
    expect(isNewsdocRenderError(error)).toBe(true);
    expect(error).toMatchObject({ code: "bad_node_definition" });
    expect((error as Error).message).toMatch(message);
  });
});

describe("the walkers walk a custom node through its definition", () => {
  const article = withBox(box());

  it("visit enters its slots in order, with paths", () => {
    const seen: string[] = [];
    visit(article.body[0]!, (_node, at) => {
      seen.push(`${at.type}@${at.path().join(".")}`);
    });
    expect(seen).toEqual([
      "testBox@",
      "text@title.0",
      "mention@title.1",
      "paragraph@children.0",
      "text@children.0.children.0",
    ]);
  });

  it("childrenOf gives its main (last) slot", () => {
    expect(childrenOf(article.body[0]!)).toBe((article.body[0] as unknown as TestBox).children);
  });

  it("plainText joins its slots like a built-in node's", () => {
    expect(plainText(article.body[0]!)).toBe("About Moscow\n\nInside the box.");
  });

  it("forEachReference finds its own references and those of its children", () => {
    const found: string[] = [];
    forEachReference(article, (site) => {
      if (site.path()[0] === "body") found.push(`${site.path().join(".")}=${site.id}`);
    });
    expect(found.slice(0, 2)).toEqual(["body.0.sponsor=agency", "body.0.title.1.entity=moscow"]);
  });

  it("lint sees the mention inside it", () => {
    const findings = lintArticle(article);
    expect(findings.every((f) => !(f.rule === "entity-unreferenced" && f.path?.[1] === 4))).toBe(
      true,
    );
  });
});

describe("parseArticle({ nodes })", () => {
  it("accepts the node and checks the meaning inside it", () => {
    const parsed = parseArticle(withBox(box()), { nodes: [testBox] });
    expect(parsed.body[0]).toEqual(box());
    const bad = safeParseArticle(
      withBox(
        box({ title: [{ type: "mention", entity: "nobody", text: "Nobody" }], sponsor: "putin" }),
      ),
      { nodes: [testBox] },
    );
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["wrong_reference_kind", "body.0.sponsor"],
      ["unknown_reference", "body.0.title.0.entity"],
    ]);
  });

  it("rejects a custom node it was not given, saying how to accept it", () => {
    const result = safeParseArticle(withBox(box()));
    expect(result.error?.issues).toMatchObject([
      { code: "unknown_type", path: ["body", 0, "type"] },
    ]);
    expect(result.error?.issues[0]?.message).toContain(
      "parseArticle(input, { nodes: [testBoxNode] })",
    );
  });

  it("still names custom node types as a way out for an unknown type", () => {
    const result = safeParseArticle(withBox({ type: "gallery" }), { nodes: [testBox] });
    expect(result.error?.issues[0]?.message).toContain("or a custom node type (defineNode()");
  });

  it("finds custom nodes nested in built-in blocks and in asides", () => {
    const nested = { type: "aside", title: ["Box"], children: [box()] };
    expect(parseArticle(withBox(nested), { nodes: [testBox] }).body[0]).toEqual(nested);
  });

  it("reports lone surrogates inside a custom node", () => {
    const result = safeParseArticle(withBox(box({ title: ["bad \ud800"] })), { nodes: [testBox] });
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("body.0.title.0");
  });
});

describe("renderers and custom nodes", () => {
  const base = {
    article: (a: Article, ctx: { flow(a: Article): string }) => ctx.flow(a),
    paragraph: (_: unknown, ctx: { phrasing(n: never): string }) =>
      `<p>${ctx.phrasing(_ as never)}</p>`,
    text: (t: string) => t,
    mention: (n: { text: string }) => n.text,
  };
  const make = (extra: object, fallback?: (node: { type: string }) => string) => {
    const handlers: Record<string, unknown> = {};
    for (const type of NODE_TYPES) handlers[type] = () => "";
    return defineRenderer<string>({
      name: "test",
      defaults: {},
      customNodes: "optional",
      handlers: { ...handlers, ...base, ...extra } as never,
      ...(fallback ? { fallback } : {}),
    });
  };

  it("a handler renders the node's slots with ctx.phrasing and ctx.flow", () => {
    const renderer = make({
      testBox: (
        n: TestBox,
        ctx: { phrasing(n: unknown): string; flow(n: unknown): string; within(t: string): number },
      ) => `[${ctx.phrasing(n.title)}|${ctx.flow(n)}|${ctx.within("testBox")}]`,
    });
    const out = renderer.render(
      withBox(box({ children: [box({ title: ["inner"], children: [] }) as unknown as Block] })),
    );
    expect(out.startsWith("[About Moscow|[inner||1]|0]")).toBe(true);
  });

  it("without a handler: missing_handler, naming the node and where it is", () => {
    const renderer = make({});
    expect(() => renderer.render(withBox(box()))).toThrow(
      /no handler for the custom node type "testBox" \(child 0 of the article's body\)/,
    );
    const nested = withBox({ type: "blockquote", children: [box()] });
    const quoted = make({
      blockquote: (n: unknown, ctx: { flow(n: unknown): string }) => ctx.flow(n),
    });
    expect(() => quoted.render(nested)).toThrow(/\(child 0 of a blockquote node\)/);
  });

  it("a declared fallback renders it instead: the renderer's, extend's, the call's", () => {
    const renderer = make({}, (node) => `{${node.type}}`);
    expect(renderer.render(withBox(box()))).toMatch(/^\{testBox\}/);
    const extended = renderer.extend({ fallback: (node) => `(${node.type})` });
    expect(extended.render(withBox(box()))).toMatch(/^\(testBox\)/);
    expect(extended.render(withBox(box()), { fallback: () => "!" })).toMatch(/^!/);
  });

  it("a fallback renders the node's own children with ctx.flow, as a handler does", () => {
    const renderer = make({}).extend({
      fallback: (node, ctx) => `{${node.type}:${ctx.flow(node as never)}}`,
    });
    const inner = box({ title: ["inner"], children: [{ type: "paragraph", children: ["x"] }] });
    expect(renderer.render(withBox(box({ children: [inner as unknown as Block] })))).toMatch(
      /^\{testBox:\{testBox:<p>x<\/p>\}\}/,
    );
  });

  it("a fallback that is not a function, or that returns the wrong kind, is a clear error", () => {
    const renderer = make({});
    expect(() => renderer.render(withBox(box()), { fallback: "x" as never })).toThrow(
      /`fallback` option must be a function/,
    );
    expect(() => renderer.render(withBox(box()), { fallback: (() => 1) as never })).toThrow(
      /"testBox fallback" handler .* returned a number/,
    );
  });

  it("a handler for a type nobody defined is a bad_handler error that says how to define it", () => {
    expect(() => make({ gallery: () => "" })).toThrow(/define "gallery" with defineNode\(\)/);
  });

  it("a node of a type nobody defined is still unknown_node", () => {
    expect(() => make({}).render(withBox({ type: "gallery" }))).toThrow(
      /not a newsdoc node.*define "gallery" with defineNode\(\)/,
    );
  });

  it("the renderer's handlers list the custom ones it was given", () => {
    const renderer = make({ testBox: () => "box" });
    expect(Object.keys(renderer.handlers)).toContain("testBox");
    expect(Object.keys(make({}).handlers)).not.toContain("testBox");
  });
});

describe("articleJsonSchema({ nodes })", () => {
  // One validator per schema: both carry the article schema's `$id`.
  const compile = (schema: object) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    return ajv.compile(schema);
  };
  const withNodes = compile(articleJsonSchema({ nodes: [testBox] }));
  const plain = compile(articleJsonSchema());

  it("describes the custom node, its children as the article's own Inline and Block", () => {
    const schema = articleJsonSchema({ nodes: [testBox] }) as {
      $defs: Record<string, { oneOf?: unknown[]; properties?: Record<string, unknown> }>;
    };
    expect(schema.$defs.Block!.oneOf).toContainEqual({ $ref: "#/$defs/Custom_testBox" });
    expect(JSON.stringify(schema.$defs.Custom_testBox!.properties)).toContain('"#/$defs/Inline"');
  });

  it("accepts an article with the custom node only when it describes it", () => {
    const article = withBox(box());
    expect(withNodes(article), JSON.stringify(withNodes.errors)).toBe(true);
    expect(plain(article)).toBe(false);
    expect(withNodes(withBox({ ...box(), colour: "red" }))).toBe(false);
  });
});
