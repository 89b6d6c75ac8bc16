import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Handlers, RenderContext } from "./define-renderer.js";
import { defineRenderer, isStringOutput } from "./define-renderer.js";
import { NewsdocRenderError } from "./render-error.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  entities: [{ type: "Person", id: "p", name: "Dmitry Peskov" }],
  quotes: [{ id: "q", speaker: "p", text: "hi", mode: "direct" }],
  claims: [],
  body: [
    {
      type: "paragraph",
      children: [
        "Said ",
        { type: "mention", entity: "p", text: "Peskov" },
        ": ",
        { type: "quote", quote: "q", children: ['"hi"'] },
      ],
    },
    { type: "rule" },
  ],
};

type Ctx = RenderContext<string, { upper: boolean }>;
const handlers: Handlers<string, Ctx> = {
  article: (a, ctx) => `# ${a.headline}\n${ctx.children(a.body)}`,
  paragraph: (n, ctx) => `<p>${ctx.children(n)}</p>`,
  heading: (n, ctx) => `<h${n.level}>${ctx.children(n)}</h${n.level}>`,
  figure: () => "<figure/>",
  blockquote: (n, ctx) => `<bq>${ctx.children(n)}</bq>`,
  list: (n, ctx) => `<list>${ctx.children(n)}</list>`,
  listItem: (n, ctx) => `<li>${ctx.children(n)}</li>`,
  rule: () => "<hr>",
  embed: (n) => `<embed ${n.url}>`,
  video: (n) => `<video ${n.title}>`,
  audio: (n) => `<audio ${n.title}>`,
  aside: (n, ctx) => `<aside>${ctx.children(n.title)}|${ctx.children(n)}</aside>`,
  pullQuote: (n, ctx) => `<pull>${ctx.lookup.requireQuote(n.quote).text}</pull>`,
  editorsNote: (n, ctx) => `<note>${ctx.children(n)}</note>`,
  table: (n, ctx) => `<table>${ctx.children(n)}</table>`,
  tableRow: (n, ctx) => `<tr>${ctx.children(n)}</tr>`,
  tableCell: (n, ctx) => `<td>${ctx.children(n)}</td>`,
  correction: (n) => `<fix ${n.date}>${n.text}</fix>`,
  text: (t, ctx) => (ctx.options.upper ? t.toUpperCase() : t),
  emphasis: (n, ctx) => `*${ctx.children(n)}*`,
  strong: (n, ctx) => `**${ctx.children(n)}**`,
  link: (n, ctx) => `[${ctx.children(n)}](${n.url})`,
  mention: (n, ctx) => `@${ctx.lookup.requireEntity(n.entity).name}`,
  quote: (n, ctx) => `<q by=${ctx.lookup.requireQuote(n.quote).speaker}>${ctx.children(n)}</q>`,
  break: () => "\n",
};
const test = defineRenderer<string, { upper: boolean }>({
  name: "test",
  handlers,
  defaults: { upper: false },
});

describe("defineRenderer", () => {
  it("walks the article with one handler per node type and the index", () => {
    expect(test.render(article)).toBe('# Head\n<p>Said @Dmitry Peskov: <q by=p>"hi"</q></p><hr>');
  });

  it("merges options over the defaults", () => {
    expect(test.render(article, { upper: true })).toContain("SAID ");
  });

  it("lets a per-call override wrap the default through base, leaving other handlers alone", () => {
    const out = test.render(article, {
      handlers: { mention: (n, ctx, base) => `[${base(n, ctx)}]` },
    });
    expect(out).toBe('# Head\n<p>Said [@Dmitry Peskov]: <q by=p>"hi"</q></p><hr>');
  });

  it("extends into a new renderer whose overrides stack, without changing the original", () => {
    const once = test.extend({
      name: "once",
      handlers: { rule: (n, ctx, base) => `${base(n, ctx)}!` },
    });
    const twice = once.extend({ handlers: { rule: (n, ctx, base) => `(${base(n, ctx)})` } });
    expect(twice.render(article)).toMatch(/\(<hr>!\)$/);
    expect(once.render(article)).toMatch(/<hr>!$/);
    expect(test.render(article)).toMatch(/<hr>$/);
    expect(once.name).toBe("once");
    expect(twice.handlers.paragraph).toBe(test.handlers.paragraph);
  });

  it("gives a clear error when a first handler calls its base", () => {
    const bad = test.extend({ handlers: {} });
    const r = defineRenderer<string, { upper: boolean }>({
      name: "r",
      defaults: { upper: false },
      handlers: { ...handlers, rule: (n, ctx, base) => base(n, ctx) },
    });
    expect(bad.render(article)).toContain("<hr>");
    expect(() => r.render(article)).toThrowError(/nothing to wrap/);
  });

  it("rejects unknown node types with a NewsdocRenderError, including prototype keys", () => {
    for (const type of ["hologram", "constructor", "__proto__", "article"]) {
      const broken = { ...article, body: [{ type } as never] };
      expect(() => test.render(broken)).toThrowError(NewsdocRenderError);
    }
    const nulls = { ...article, body: [null as never] };
    expect(() => test.render(nulls)).toThrowError(/cannot render null/);
  });

  it("reports a missing reference by id", () => {
    const dangling: Article = {
      ...article,
      body: [{ type: "paragraph", children: [{ type: "mention", entity: "nobody", text: "x" }] }],
    };
    expect(() => test.render(dangling)).toThrowError(/entity "nobody"/);
  });

  it("turns a stack overflow from absurd nesting into a NewsdocRenderError", () => {
    let inline: unknown = "deep";
    for (let i = 0; i < 200_000; i++) inline = { type: "emphasis", children: [inline] };
    const deep = { ...article, body: [{ type: "paragraph", children: [inline] }] } as Article;
    expect(() => test.render(deep)).toThrowError(expect.objectContaining({ code: "too_deep" }));
  });

  it("refuses definitions with missing handlers or unknown keys at run time", () => {
    const { rule: _rule, ...partial } = handlers;
    expect(() =>
      defineRenderer({ name: "p", defaults: {}, handlers: partial as never }),
    ).toThrowError(/missing handler for rule/);
    expect(() => test.extend({ handlers: { hologram: () => "" } as never })).toThrowError(
      /Unknown handler "hologram"/,
    );
  });

  it("joins non-string output with the definition's join", () => {
    const tokens = defineRenderer<string[]>({
      name: "tokens",
      defaults: {},
      join: (parts) => parts.flat(),
      handlers: {
        ...Object.fromEntries(
          Object.keys(handlers).map((k) => [
            k,
            (n: unknown, ctx: RenderContext<string[]>) =>
              typeof n === "object" && n !== null && "children" in n
                ? ctx.children(n as never)
                : [],
          ]),
        ),
        article: (a: Article, ctx: RenderContext<string[]>) => ctx.children(a.body),
        text: (t: string) => [t],
        mention: (n: { text: string }) => [`@${n.text}`],
      } as never,
    });
    expect(tokens.render(article)).toEqual(["Said ", "@Peskov", ": ", '"hi"']);
  });

  it("checks every handler's output with isStringOutput when a joining renderer names it", () => {
    const joined = defineRenderer<string, { upper: boolean }>({
      name: "joined",
      defaults: { upper: false },
      join: (parts) => parts.join(""),
      isOutput: isStringOutput,
      handlers,
    });
    expect(joined.render(article)).toBe(
      defineRenderer({ name: "plain", defaults: { upper: false }, handlers }).render(article),
    );
    expect(() => joined.render(article, { handlers: { mention: () => 7 as never } })).toThrowError(
      expect.objectContaining({
        code: "bad_output",
        message: expect.stringMatching(
          /"mention" handler of the joined renderer returned a number/,
        ),
      }),
    );
    expect(isStringOutput("x")).toBe(true);
    expect(isStringOutput(["x"])).toBe(false);
  });
});
