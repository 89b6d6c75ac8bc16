import { describe, expect, it } from "vitest";
import { article as example } from "../example/article.js";
import type { Article } from "../model/article.js";
import { createIndex } from "./create-index.js";
import { NewsdocRenderError } from "./render-error.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "H",
  authors: [],
  image: {
    caption: [{ type: "mention", entity: "kerry", text: "Kerry" }, " in 2015"],
  },
  body: [
    {
      type: "paragraph",
      children: [
        { type: "mention", entity: "peskov", text: "Peskov" },
        " said ",
        {
          type: "quote",
          quote: "q1",
          children: [
            "“",
            { type: "emphasis", children: [{ type: "mention", entity: "tass", text: "a" }] },
            "”",
          ],
        },
      ],
    },
    { type: "figure", image: { caption: [{ type: "mention", entity: "peskov", text: "him" }] } },
    {
      type: "blockquote",
      children: [
        { type: "paragraph", children: [{ type: "quote", quote: "q1", children: ["a"] }] },
      ],
    },
    {
      type: "list",
      children: [
        {
          type: "listItem",
          children: [
            {
              type: "link",
              url: "https://e.org",
              children: [{ type: "mention", entity: "kerry", text: "K" }],
            },
          ],
        },
      ],
    },
    { type: "rule" },
  ],
  entities: [
    { type: "Person", id: "peskov", name: "Dmitry Peskov" },
    { type: "Person", id: "kerry", name: "John Kerry" },
    { type: "Organization", id: "tass", name: "Tass" },
    { type: "Person", id: "peskov", name: "Duplicate" },
  ],
  quotes: [
    { id: "q1", speaker: "peskov", text: "a", mode: "direct" },
    { id: "q2", speaker: "kerry", text: "b", mode: "indirect" },
    { id: "q3", speaker: "peskov", text: "c", mode: "partial" },
  ],
  claims: [
    {
      id: "c1",
      statement: "S",
      stances: [
        { by: "peskov", stance: "denies", quote: "q1" },
        { by: "kerry", stance: "asserts" },
      ],
    },
    { id: "c2", statement: "T", stances: [{ by: "peskov", stance: "neither" }] },
  ],
};

describe("createIndex", () => {
  const index = createIndex(article);

  it("looks entities, quotes and claims up by id; the first of duplicate ids wins", () => {
    expect(index.entity("peskov")?.name).toBe("Dmitry Peskov");
    expect(index.entity("nobody")).toBeUndefined();
    expect(index.quote("q2")?.text).toBe("b");
    expect(index.claim("c2")?.statement).toBe("T");
    expect(index.claim("constructor")).toBeUndefined();
    expect([...index.entities.keys()]).toEqual(["peskov", "kerry", "tass"]);
    expect(index.quotes.size).toBe(3);
    expect(index.claims.size).toBe(2);
  });

  it("require* throws a NewsdocRenderError naming the missing id", () => {
    expect(index.requireEntity("kerry").name).toBe("John Kerry");
    expect(index.requireQuote("q3").text).toBe("c");
    expect(() => index.requireEntity("nobody")).toThrowError(NewsdocRenderError);
    expect(() => index.requireEntity("nobody")).toThrowError(
      /entity "nobody".*article\.entities.*parseArticle/,
    );
    expect(() => index.requireQuote("q9")).toThrowError(
      /quote "q9".*article\.quotes.*parseArticle/,
    );
  });

  it("groups quotes by speaker and stances by entity, in article order", () => {
    expect(index.quotesBy("peskov").map((q) => q.id)).toEqual(["q1", "q3"]);
    expect(index.quotesBy("tass")).toEqual([]);
    expect(index.stancesBy("peskov").map((s) => [s.claim.id, s.stance.stance])).toEqual([
      ["c1", "denies"],
      ["c2", "neither"],
    ]);
    expect(index.stancesBy("kerry")[0]?.stance.stance).toBe("asserts");
    expect(index.stancesBy("tass")).toEqual([]);
  });

  it("finds mentions (lead and body captions included) and quote spans in document order", () => {
    expect(index.mentionsOf("peskov").map((m) => m.text)).toEqual(["Peskov", "him"]);
    expect(index.mentionsOf("kerry").map((m) => m.text)).toEqual(["Kerry", "K"]);
    expect(index.mentionsOf("tass").map((m) => m.text)).toEqual(["a"]);
    expect(index.mentionsOf("nobody")).toEqual([]);
    expect(index.spansOf("q1")).toHaveLength(2);
    expect(index.spansOf("q2")).toEqual([]);
  });

  it("covers the example article: every mention and span is found", () => {
    const ex = createIndex(example);
    let mentions = 0;
    for (const id of ex.entities.keys()) mentions += ex.mentionsOf(id).length;
    expect(mentions).toBe(JSON.stringify(example).split('"type":"mention"').length - 1);
    let spans = 0;
    for (const id of ex.quotes.keys()) spans += ex.spansOf(id).length;
    expect(spans).toBe(JSON.stringify(example.body).split('"type":"quote"').length - 1);
  });

  it("walks absurdly deep input without overflowing the stack", () => {
    let inline: unknown = { type: "mention", entity: "peskov", text: "deep" };
    for (let i = 0; i < 200_000; i++) inline = { type: "emphasis", children: [inline] };
    const deep = {
      ...article,
      image: undefined,
      body: [{ type: "paragraph", children: [inline] }],
    };
    expect(createIndex(deep as unknown as Article).mentionsOf("peskov")).toHaveLength(1);
  });
});
