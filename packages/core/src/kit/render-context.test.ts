import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { nodeTypeOf } from "../model/visit.js";
import type { Handlers, RenderContext } from "./define-renderer.js";
import { defineRenderer } from "./define-renderer.js";
import { isNewsdocRenderError, NewsdocRenderError } from "./render-error.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  image: { caption: ["lead ", { type: "mention", entity: "p", text: "P" }] },
  entities: [{ type: "Person", id: "p", name: "Dmitry Peskov" }],
  quotes: [{ id: "q", speaker: "p", text: "hi", mode: "direct" }],
  claims: [],
  body: [
    {
      type: "paragraph",
      children: [
        "one ",
        {
          type: "link",
          url: "https://a.example/",
          children: ["two ", { type: "link", url: "https://b.example/", children: ["three"] }],
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
    {
      type: "list",
      children: [
        { type: "listItem", children: ["a"] },
        { type: "listItem", children: ["b"] },
      ],
    },
  ],
};

type Ctx = RenderContext<string>;
const where = (ctx: Ctx) => {
  const parent = ctx.parent;
  const name = parent === undefined ? "-" : "type" in parent ? parent.type : "article";
  return `${name}#${ctx.index}`;
};
const handlers: Handlers<string, Ctx> = {
  article: (a, ctx) => `[${ctx.phrasing(a.image?.caption ?? [])}]${ctx.flow(a)}`,
  paragraph: (n, ctx) => `<p ${where(ctx)}>${ctx.phrasing(n)}</p>`,
  heading: (n, ctx) => `<h>${ctx.phrasing(n)}</h>`,
  figure: (n, ctx) => `<fig>${ctx.phrasing(n)}</fig>`,
  blockquote: (n, ctx) => `<bq ${where(ctx)}>${ctx.flow(n)}</bq>`,
  list: (n, ctx) => `<list ${where(ctx)}>${ctx.children(n)}</list>`,
  listItem: (n, ctx) => `<li ${where(ctx)}>${ctx.phrasing(n)}</li>`,
  rule: () => "<hr>",
  embed: (n, ctx) => `<embed ${where(ctx)}>${n.title}`,
  video: (n, ctx) => `<video ${where(ctx)}>${n.title}`,
  audio: (n, ctx) => `<audio ${where(ctx)}>${n.title}`,
  aside: (n, ctx) => `<aside ${where(ctx)}>${ctx.phrasing(n.title)}|${ctx.flow(n)}</aside>`,
  pullQuote: (n, ctx) => `<pull ${where(ctx)}>${ctx.lookup.requireQuote(n.quote).text}</pull>`,
  editorsNote: (n, ctx) => `<note ${where(ctx)}>${ctx.phrasing(n)}</note>`,
  table: (n, ctx) =>
    `<table ${where(ctx)}>${n.caption ? ctx.phrasing(n.caption) : ""}|${ctx.children(n)}</table>`,
  tableRow: (n, ctx) => `<tr ${where(ctx)}>${ctx.children(n)}</tr>`,
  tableCell: (n, ctx) => `<td ${where(ctx)}>${ctx.phrasing(n)}</td>`,
  correction: (n, ctx) => `<fix ${where(ctx)}>${n.text}</fix>`,
  text: (t, ctx) => `${t}{${where(ctx)}}`,
  emphasis: (n, ctx) => `*${ctx.phrasing(n)}*`,
  strong: (n, ctx) => `**${ctx.phrasing(n)}**`,
  link: (n, ctx) => `<a within=${ctx.within("link")}>${ctx.phrasing(n)}</a>`,
  mention: (n, ctx) => `@${ctx.lookup.requireEntity(n.entity).name}{${where(ctx)}}`,
  quote: (n, ctx) => `<q>${ctx.phrasing(n)}</q>`,
  break: () => "\n",
};
const test = defineRenderer<string>({
  name: "test",
  handlers,
  defaults: {},
  containers: { flow: (blocks, each) => blocks.map((_, i) => each(i)).join("\n\n") },
});

describe("the render context", () => {
  it("knows each node's parent and position, through flow, items and phrasing containers", () => {
    expect(test.render(article)).toBe(
      [
        "[lead {article#0}@Dmitry Peskov{article#1}]<p article#0>one {paragraph#0}<a within=0>two {link#0}<a within=1>three{link#0}</a></a></p>",
        "<bq article#1><p blockquote#0>First para.{paragraph#0}</p>\n\n<p blockquote#1>Second para.{paragraph#0}</p></bq>",
        "<list article#2><li list#0>a{listItem#0}</li><li list#1>b{listItem#0}</li></list>",
      ].join("\n\n"),
    );
  });

  it("renders an aside's title as phrasing and its blocks as flow, each with its position", () => {
    const withBoxes: Article = {
      ...article,
      body: [
        {
          type: "aside",
          title: ["What ", { type: "mention", entity: "p", text: "P" }, " said"],
          children: [
            { type: "paragraph", children: ["In the box."] },
            { type: "pullQuote", quote: "q" },
          ],
        },
        { type: "editorsNote", children: ["Updated."] },
        { type: "correction", date: "2015-09-12T08:00:00Z", text: "Fixed a name." },
      ],
    };
    expect(test.render(withBoxes)).toBe(
      [
        "[lead {article#0}@Dmitry Peskov{article#1}]<aside article#0>What {aside#0}@Dmitry Peskov{aside#1} said{aside#2}|<p aside#0>In the box.{paragraph#0}</p>\n\n<pull aside#1>hi</pull></aside>",
        "<note article#1>Updated.{editorsNote#0}</note>",
        "<fix article#2>Fixed a name.</fix>",
      ].join("\n\n"),
    );
  });

  it("renders a table's rows and cells with their positions, and says what a row holds", () => {
    const withTable: Article = {
      ...article,
      body: [
        {
          type: "table",
          caption: ["Who"],
          children: [
            {
              type: "tableRow",
              children: [
                { type: "tableCell", header: "column", children: ["a"] },
                { type: "tableCell", children: [{ type: "mention", entity: "p", text: "P" }] },
              ],
            },
            { type: "tableRow", children: [{ type: "tableCell", children: ["b"] }] },
          ],
        },
      ],
    };
    expect(test.render(withTable)).toBe(
      "[lead {article#0}@Dmitry Peskov{article#1}]<table article#0>Who{table#0}|<tr table#0><td tableRow#0>a{tableCell#0}</td><td tableRow#1>@Dmitry Peskov{tableCell#0}</td></tr><tr table#1><td tableRow#0>b{tableCell#0}</td></tr></table>",
    );
    const row = withTable.body[0]!.type === "table" ? withTable.body[0]!.children[0]! : undefined;
    expect(() =>
      test.render(withTable, { handlers: { tableRow: (n, ctx) => ctx.phrasing(n) } }),
    ).toThrow(/whose children are table cells, not phrasing: use ctx.children/);
    expect(row?.children).toHaveLength(2);
  });

  it("lays flow children out with the flow container, whichever helper asks", () => {
    const out = test.render(article, {
      handlers: { blockquote: (n, ctx) => `<bq>${ctx.children(n)}</bq>` },
    });
    expect(out).toContain("First para.{paragraph#0}</p>\n\n<p blockquote#1>");
  });

  it("counts the nodes of a type that enclose the node, not the node itself", () => {
    const seen: string[] = [];
    const count = (ctx: Ctx) =>
      (["article", "paragraph", "link", "text", "listItem", "notAType"] as const)
        .map((type) => `${type}=${ctx.within(type as never)}`)
        .join(" ");
    test.render(article, {
      handlers: {
        article: (a, ctx) => {
          seen.push(`article: ${count(ctx)}`);
          return ctx.flow(a);
        },
        link: (n, ctx) => {
          seen.push(`link: ${count(ctx)}`);
          return ctx.phrasing(n);
        },
        text: (t, ctx) => {
          if (t === "three" || t === "a") seen.push(`${t}: ${count(ctx)}`);
          // A node rendered from a text handler is inside that text.
          if (t === "a") seen.push(`in a: ${ctx.render({ type: "break" }) === "\n" ? "" : "?"}`);
          return t;
        },
        break: (_, ctx) => {
          seen.push(`break: ${count(ctx)}`);
          return "\n";
        },
      },
    });
    expect(seen).toEqual([
      "article: article=0 paragraph=0 link=0 text=0 listItem=0 notAType=0",
      "link: article=1 paragraph=1 link=0 text=0 listItem=0 notAType=0",
      "link: article=1 paragraph=1 link=1 text=0 listItem=0 notAType=0",
      "three: article=1 paragraph=1 link=2 text=0 listItem=0 notAType=0",
      "a: article=1 paragraph=0 link=0 text=0 listItem=1 notAType=0",
      "break: article=1 paragraph=0 link=0 text=1 listItem=1 notAType=0",
      "in a: ",
    ]);
  });

  it("gives ancestors, outermost first, and index -1 for ctx.render", () => {
    const seen: string[] = [];
    test.render(article, {
      handlers: {
        mention: (n, ctx) => {
          seen.push(ctx.ancestors.map(nodeTypeOf).join(">"));
          return n.text;
        },
        paragraph: (n, ctx) => ctx.render(n.children[0]!),
      },
    });
    expect(seen).toEqual(["article>mention"]);
    const indices: number[] = [];
    test.render(article, {
      handlers: {
        paragraph: (n, ctx) => ctx.render(n.children[0]!),
        text: (t, ctx) => {
          indices.push(ctx.index);
          return t;
        },
      },
    });
    expect(indices).toContain(-1);
  });

  const misuse: [string, Partial<Handlers<string, Ctx>>, string, RegExp][] = [
    [
      "children of a node that has none",
      { mention: (n, ctx) => ctx.children(n as never) },
      "no_children",
      /mention node, which has no children/,
    ],
    [
      "children of the text node being rendered",
      { text: (t, ctx) => ctx.children(t as never) },
      "unknown_node",
      /takes a node or a list of nodes, got a string/,
    ],
    [
      "flow of phrasing",
      { paragraph: (n, ctx) => ctx.flow(n as never) },
      "wrong_content",
      /paragraph node, whose children are phrasing, not flow: use ctx\.phrasing/,
    ],
    [
      "phrasing of flow",
      { blockquote: (n, ctx) => ctx.phrasing(n as never) },
      "wrong_content",
      /use ctx\.flow/,
    ],
    [
      "a handler returning a number",
      { rule: () => 3 as never },
      "bad_output",
      /"rule" handler of the test renderer returned a number/,
    ],
    [
      "a handler returning nothing",
      { paragraph: () => undefined as never },
      "bad_output",
      /returned undefined/,
    ],
    [
      "children of something that is not a node",
      { paragraph: (_n, ctx) => ctx.children(42 as never) },
      "unknown_node",
      /takes a node or a list of nodes/,
    ],
    [
      "children of an object whose type is an Object.prototype key",
      { paragraph: (_n, ctx) => ctx.children({ type: "constructor" } as never) },
      "unknown_node",
      /takes a node or a list of nodes/,
    ],
    [
      "children of a null",
      { paragraph: (_n, ctx) => ctx.children(null as never) },
      "unknown_node",
      /takes a node or a list of nodes/,
    ],
  ];
  it.each(misuse)(
    "turns misuse from plain JavaScript into a NewsdocRenderError: %s",
    (_name, overrides, code, message) => {
      const withRule: Article = { ...article, body: [...article.body, { type: "rule" }] };
      let error: unknown;
      try {
        test.render(withRule, { handlers: overrides });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NewsdocRenderError);
      expect(isNewsdocRenderError(error)).toBe(true);
      expect(error).not.toBeInstanceOf(TypeError);
      expect((error as NewsdocRenderError).code).toBe(code);
      expect((error as Error).message).toMatch(message);
    },
  );

  it("reports a handler map that is not one, and an unknown handler, by code", () => {
    for (const [value, code] of [
      [{ hologram: () => "" }, "bad_handler"],
      [{ rule: "x" }, "bad_handler"],
    ] as const) {
      try {
        test.extend({ handlers: value as never });
        expect.unreachable();
      } catch (e) {
        expect(isNewsdocRenderError(e) && e.code).toBe(code);
      }
    }
    try {
      defineRenderer({ name: "x", defaults: {}, handlers: {} as never });
      expect.unreachable();
    } catch (e) {
      expect(isNewsdocRenderError(e) && e.code).toBe("missing_handler");
    }
  });

  it("recognises an error from another copy of the class by its marker", () => {
    const foreign = Object.assign(new Error("x"), { code: "unknown_node" });
    expect(isNewsdocRenderError(foreign)).toBe(false);
    Object.defineProperty(foreign, Symbol.for("newsdoc.render-error"), { value: true });
    expect(isNewsdocRenderError(foreign)).toBe(true);
    expect(NewsdocRenderError.isInstance(new NewsdocRenderError("too_deep", "y"))).toBe(true);
  });
});
