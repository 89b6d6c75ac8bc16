import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { nodeTypeOf } from "../model/visit.js";
import type { Handlers, RenderContext } from "./define-renderer.js";
import { defineRenderCore, defineRenderer, withStream } from "./define-renderer.js";
import { articleFromParts, flowFromParts } from "./render-parts.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  entities: [{ type: "Person", id: "p", name: "Dmitry Peskov" }],
  quotes: [],
  claims: [],
  body: [
    {
      type: "paragraph",
      children: [
        "one ",
        {
          type: "link",
          url: "https://a.example/",
          children: ["two ", { type: "mention", entity: "p", text: "P" }],
        },
      ],
    },
    {
      type: "blockquote",
      children: [
        { type: "paragraph", children: ["First para."] },
        { type: "paragraph", children: ["Second para."] },
      ],
    },
    { type: "rule" },
    { type: "list", children: [{ type: "listItem", children: ["a"] }] },
  ],
};

type Ctx = RenderContext<string, object, object, { log: string[] }>;
// Every handler writes where it is: parent, index, ancestors, within("link").
const where = (ctx: Ctx) => {
  const parent = ctx.parent;
  const name = parent === undefined ? "-" : "type" in parent ? parent.type : "article";
  const path = ctx.ancestors.map((n) => nodeTypeOf(n)).join("/");
  return `${name}#${ctx.index} ${path} l${ctx.within("link")}`;
};
const handlers: Handlers<string, Ctx> = {
  article: articleFromParts<string, Ctx>(function* (a, ctx, flow) {
    yield `<h1>${a.headline}</h1>`;
    yield* flow(a);
    // What the body left in the state: written after it, in both paths.
    yield `<log>${ctx.state.log.join(",")}</log>`;
  }),
  paragraph: (n, ctx) => {
    ctx.state.log.push(`p${ctx.index}`);
    return `<p ${where(ctx)}>${ctx.phrasing(n)}</p>`;
  },
  heading: (n, ctx) => `<h>${ctx.phrasing(n)}</h>`,
  figure: (n, ctx) => `<fig>${ctx.phrasing(n)}</fig>`,
  blockquote: (n, ctx) => `<bq ${where(ctx)}>${ctx.flow(n)}</bq>`,
  list: (n, ctx) => `<list ${where(ctx)}>${ctx.children(n)}</list>`,
  listItem: (n, ctx) => `<li ${where(ctx)}>${ctx.phrasing(n)}</li>`,
  rule: (_, ctx) => `<hr ${where(ctx)}>`,
  aside: (n, ctx) => `<aside>${ctx.phrasing(n.title)}|${ctx.flow(n)}</aside>`,
  pullQuote: (n, ctx) => `<pull>${ctx.lookup.requireQuote(n.quote).text}</pull>`,
  editorsNote: (n, ctx) => `<note>${ctx.phrasing(n)}</note>`,
  table: (n, ctx) => `<table>${ctx.children(n)}</table>`,
  tableRow: (n, ctx) => `<tr>${ctx.children(n)}</tr>`,
  tableCell: (n, ctx) => `<td>${ctx.phrasing(n)}</td>`,
  correction: (n) => `<fix ${n.date}>${n.text}</fix>`,
  embed: (n) => `<embed ${n.url}>`,
  video: (n) => `<video ${n.sources[0]?.url}>`,
  audio: (n) => `<audio ${n.sources[0]?.url}>`,
  text: (t, ctx) => `${t}{${where(ctx)}}`,
  emphasis: (n, ctx) => `*${ctx.phrasing(n)}*`,
  strong: (n, ctx) => `**${ctx.phrasing(n)}**`,
  link: (n, ctx) => `<a ${where(ctx)}>${ctx.phrasing(n)}</a>`,
  mention: (n, ctx) => `@${n.text}{${where(ctx)}}`,
  quote: (n, ctx) => `<q>${ctx.phrasing(n)}</q>`,
  break: () => "\n",
};
const flowParts = function* (blocks: readonly unknown[], each: (i: number) => string) {
  for (let i = 0; i < blocks.length; i++) {
    const out = each(i);
    if (out !== "") yield i === 0 ? out : `\n\n${out}`;
  }
};
const parted = defineRenderer<string, object, object, { log: string[] }>({
  name: "parted",
  handlers,
  defaults: {},
  containers: { flow: flowFromParts(flowParts) },
  createState: () => ({ log: [] }),
});

describe("renderer.stream", () => {
  it("makes the parts of the article handler, one per top-level block, joined exactly render's output", () => {
    const chunks = [...parted.stream(article)];
    expect(chunks.join("")).toBe(parted.render(article));
    // The heading part, one per block, the log part.
    expect(chunks).toHaveLength(2 + article.body.length);
    expect(chunks[1]).toBe(
      "<p article#0 article/paragraph l0>one {paragraph#0 article/paragraph/text l0}" +
        "<a paragraph#1 article/paragraph/link l0>two {link#0 article/paragraph/link/text l1}" +
        "@P{link#1 article/paragraph/link/mention l1}</a></p>",
    );
    expect(chunks[2]!.startsWith("\n\n<bq article#1 article/blockquote l0>")).toBe(true);
    expect(chunks.at(-1)).toBe("<log>p0,p0,p1</log>");
  });

  it("streams each block without a layout, and a layout not written in parts as one part", () => {
    const concatenating = defineRenderer<string, object, object, { log: string[] }>({
      name: "concatenating",
      handlers,
      defaults: {},
      createState: () => ({ log: [] }),
    });
    const chunks = [...concatenating.stream(article)];
    expect(chunks.join("")).toBe(concatenating.render(article));
    expect(chunks).toHaveLength(2 + article.body.length);
    const joined = defineRenderer<string, object, object, { log: string[] }>({
      name: "joined",
      handlers,
      defaults: {},
      containers: { flow: (blocks, each) => blocks.map((_, i) => each(i)).join("|") },
      createState: () => ({ log: [] }),
    });
    const one = [...joined.stream(article)];
    expect(one.join("")).toBe(joined.render(article));
    // A layout that is not written in parts is one part.
    expect(one).toHaveLength(3);
  });

  it("is one part for an article override that is not written in parts", () => {
    const overridden = parted.extend({
      handlers: { article: (a, ctx, base) => `<main>${base(a, ctx)}</main>` },
    });
    expect([...overridden.stream(article)]).toEqual([overridden.render(article)]);
  });

  it("finishes part by part with createFinisher, and render finishes the whole the same way", () => {
    const upper = defineRenderer<string, object, object, { log: string[] }>({
      name: "upper",
      handlers,
      defaults: {},
      containers: { flow: flowFromParts(flowParts) },
      createState: () => ({ log: [] }),
      createFinisher: () => {
        let count = 0;
        return { write: (part) => `${count++}:${part.toUpperCase()}`, end: () => `<${count}>` };
      },
    });
    const chunks = [...upper.stream(article)];
    expect(chunks.at(-1)).toBe(`<${chunks.length - 1}>`);
    // render writes the whole output as one part.
    expect(upper.render(article)).toBe(`0:${parted.render(article).toUpperCase()}<1>`);
  });

  it("is one part when the renderer has a finish step but no createFinisher", () => {
    const finished = defineRenderer<string, object, object, { log: string[] }>({
      name: "finished",
      handlers,
      defaults: {},
      createState: () => ({ log: [] }),
      finish: (out) => `[${out}]`,
    });
    expect([...finished.stream(article)]).toEqual([finished.render(article)]);
  });

  it("throws from the iteration when a handler throws, after the parts before it", () => {
    const failing = parted.extend({
      handlers: {
        rule: () => {
          throw new Error("rule failed");
        },
      },
    });
    const got: string[] = [];
    expect(() => {
      for (const chunk of failing.stream(article)) got.push(chunk);
    }).toThrow("rule failed");
    expect(got).toHaveLength(3);
  });

  it("reports a part of the wrong kind from plain JavaScript as bad_output", () => {
    const bad = parted.extend({
      handlers: {
        article: articleFromParts<string, Ctx>(function* () {
          yield 42 as unknown as string;
        }),
      },
    });
    expect(() => [...bad.stream(article)]).toThrow(expect.objectContaining({ code: "bad_output" }));
    expect(() => bad.render(article)).toThrow(expect.objectContaining({ code: "bad_output" }));
  });

  it("takes the parts as a list: flows streamed block by block, a function part made when its turn comes", () => {
    const listed = parted.extend({
      handlers: {
        article: articleFromParts<string, Ctx>((a, ctx, flow) => [
          `<h1>${a.headline}</h1>`,
          flow(a),
          // Called after the body is rendered, in both paths: the log is full.
          () => `<log>${ctx.state.log.join(",")}</log>`,
        ]),
      },
    });
    const chunks = [...listed.stream(article)];
    expect(chunks).toEqual([...parted.stream(article)]);
    expect(chunks.join("")).toBe(listed.render(article));
    expect(listed.render(article)).toBe(parted.render(article));
    expect(chunks.at(-1)).toBe("<log>p0,p0,p1</log>");
  });

  it("renders a streamed flow no further than the parts asked for", () => {
    let made = 0;
    const counted = parted.extend({
      handlers: {
        article: articleFromParts<string, Ctx>((a, _ctx, flow) => ["<h1>", flow(a), "</h1>"]),
        paragraph: (n, ctx) => {
          made++;
          return `<p>${ctx.phrasing(n)}</p>`;
        },
      },
    });
    const parts = counted.stream(article);
    expect(parts.next().value).toBe("<h1>");
    expect(made).toBe(0);
    expect(parts.next().value).toMatch(/^<p>/);
    expect(made).toBe(1);
  });

  it.each([
    ["a number in the list", () => [42]],
    ["null in the list", () => [null]],
    ["a function part that returns a number", () => [() => 42]],
    ["a flow with a number in it", () => [[42]]],
    ["no list at all", () => 42],
  ])("reports %s as bad_output in both paths", (_, parts) => {
    const bad = parted.extend({
      handlers: {
        article: articleFromParts<string, Ctx>(parts as never),
      },
    });
    expect(() => [...bad.stream(article)]).toThrow(expect.objectContaining({ code: "bad_output" }));
    expect(() => bad.render(article)).toThrow(expect.objectContaining({ code: "bad_output" }));
  });

  it("turns a stack overflow mid-stream into too_deep", () => {
    let deep: Article["body"][number] = { type: "paragraph", children: ["x"] };
    for (let i = 0; i < 20000; i++) deep = { type: "blockquote", children: [deep] };
    const chunks = parted.stream({ ...article, body: [deep] });
    expect(() => [...chunks]).toThrow(expect.objectContaining({ code: "too_deep" }));
  });
});

describe("defineRenderCore / withStream", () => {
  const definition = {
    name: "parted",
    handlers,
    defaults: {},
    containers: { flow: flowFromParts(flowParts) },
    createState: () => ({ log: [] as string[] }),
  };

  it("renders as defineRenderer does, without a stream path", () => {
    const core = defineRenderCore<string, object, object, { log: string[] }>(definition);
    expect(core.render(article)).toBe(parted.render(article));
    expect("stream" in core).toBe(false);
    expect("stream" in core.extend({ name: "x" })).toBe(false);
    expect(Object.isFrozen(core)).toBe(true);
  });

  it("withStream adds the stream path over the same handlers, and extends keep it", () => {
    const core = defineRenderCore<string, object, object, { log: string[] }>(definition);
    const full = withStream(core);
    expect([...full.stream(article)]).toEqual([...parted.stream(article)]);
    expect(full.render(article)).toBe(core.render(article));
    expect(full.handlers).toEqual(core.handlers);
    const shouting = full.extend({ handlers: { text: (t) => t.toUpperCase() } });
    expect([...shouting.stream(article)].join("")).toBe(shouting.render(article));
    expect(shouting.render(article)).toContain("ONE ");
    // A stream of an extended core is the same as of the extended full renderer.
    const extendedCore = core.extend({ handlers: { text: (t) => t.toUpperCase() } });
    expect([...withStream(extendedCore).stream(article)]).toEqual([...shouting.stream(article)]);
  });

  it("withStream of anything that is not a renderer is a NewsdocRenderError naming it", () => {
    for (const value of [{}, null, undefined, { render: () => "" }]) {
      expect(() => withStream(value as never)).toThrowError(
        expect.objectContaining({
          code: "bad_handler",
          message: expect.stringContaining(
            "withStream() takes a renderer made by defineRenderCore()",
          ),
        }),
      );
    }
  });
});
