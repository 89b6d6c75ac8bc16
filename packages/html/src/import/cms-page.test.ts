import { readFileSync } from "node:fs";
import { parseArticle, plainText } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { articleAndReportText, visibleTexts } from "./__fixtures__/visible-text.js";
import { fromHtml } from "./from-html.js";
import type { ImportReportItem } from "./report.js";

const page = readFileSync(new URL("./__fixtures__/cms-page.html", import.meta.url), "utf8");
const { article, report } = fromHtml(page);

const find = (test: (item: ImportReportItem) => boolean) => report.filter(test);

describe("a realistic CMS page", () => {
  it("is a valid article", () => {
    expect(() => parseArticle(article)).not.toThrow();
  });

  it("keeps every visible piece of text, in the article or in the report", () => {
    const haystack = articleAndReportText(article, report);
    for (const text of visibleTexts(page)) expect(haystack).toContain(text);
  });

  it("reads the metadata from the head and the article's header", () => {
    expect(article.headline).toBe(
      "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus",
    );
    expect(article.url).toBe("https://news.example.com/2015/09/russia-syria");
    expect(article.language).toBe("en");
    expect(article.description).toBe(
      "Moscow denies reports it is sending troops to Syria and says it would consider a request.",
    );
    expect(article.datePublished).toBe("2015-09-11T10:00:00+01:00");
    expect(article.section).toBe("World");
    expect(article.keywords).toEqual(["Russia", "Syria"]);
    const publisher = article.entities.find((e) => e.id === article.publisher);
    expect(publisher).toMatchObject({ type: "Organization", name: "Newsweek" });
    expect(article.authors.map((id) => article.entities.find((e) => e.id === id)?.name)).toEqual([
      "Damien Sharkov",
    ]);
    expect(article.id).toBe("russia-syria");
    expect(article.byline).toBe("By Damien Sharkov");
    expect(find((i) => i.reason === "date")).toMatchObject([
      { element: "time", text: "9/11/15 at 10:00 AM" },
    ]);
  });

  it("reads the body: figure with caption and credit, paragraphs, marks, a link, a heading, a quotation, a list", () => {
    const types = article.body.map((b) => b.type);
    expect(types[0]).toBe("figure");
    expect(types).toContain("heading");
    expect(types).toContain("blockquote");
    expect(types).toContain("list");
    const figure = article.body[0]!;
    expect(figure).toMatchObject({
      type: "figure",
      image: {
        url: "https://img.example.com/putin-lavrov-muallem.jpg",
        alt: "Putin, Lavrov and Muallem at a meeting in the Kremlin",
        width: 1200,
        height: 800,
        credit: { text: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters" },
      },
    });
    expect(article.body[1]).toEqual({
      type: "paragraph",
      children: [
        "The Russian Ministry of Defence has denied reports that it is sending troops to fight in ",
        { type: "link", url: "https://www.wikidata.org/wiki/Q858", children: ["Syria"] },
        ", state news agency ",
        { type: "strong", children: ["Itar Tass"] },
        " reports, as Kremlin spokesperson, Dmitry Peskov announced that Russia would consider any request from Damascus to send soldiers.",
      ],
    });
    expect(article.body[2]).toEqual({
      type: "paragraph",
      children: [
        "“Until this [happens] however it is difficult to discuss things hypothetically,” Peskov ",
        { type: "emphasis", children: ["added"] },
        ".",
      ],
    });
    // The javascript: link keeps its words; the <br> is a break.
    const gazeta = article.body.find(
      (b) => b.type === "paragraph" && plainText(b).includes("Gazeta"),
    );
    expect(gazeta).toMatchObject({ type: "paragraph" });
    expect(JSON.stringify(gazeta)).not.toContain("javascript");
    expect(JSON.stringify(gazeta)).toContain('{"type":"break"}');
    const list = article.body.find((b) => b.type === "list");
    expect(list).toMatchObject({ children: [{ type: "listItem" }, { type: "listItem" }] });
  });

  it("lists every script, style, frame, form, tracking pixel, event handler and unsafe URL it dropped", () => {
    expect(find((i) => i.reason === "script").length).toBeGreaterThanOrEqual(4); // 2 in head, 1 ad, 1 at the end
    expect(find((i) => i.reason === "style" && i.element === "style")).toHaveLength(1);
    // The iframe of a site newsdoc knows no provider for: an embed shown as a link card, reported.
    expect(find((i) => i.kind === "converted" && i.reason === "embed")).toMatchObject([
      { element: "iframe" },
    ]);
    expect(article.body.find((b) => b.type === "embed")).toStrictEqual({
      type: "embed",
      url: "https://video.example.com/embed/muallem-interview",
      embedUrl: "https://video.example.com/embed/muallem-interview",
      title: "Muallem on state television",
      aspectRatio: { width: 16, height: 9 },
    });
    expect(find((i) => i.reason === "tracking-pixel")).toMatchObject([
      { value: "https://pixel.example.com/track?id=123" },
    ]);
    expect(find((i) => i.reason === "form" && i.element === "form")).toMatchObject([
      { text: "Get the newsletter Sign up" },
    ]);
    expect(find((i) => i.reason === "event-handler").map((i) => i.attribute)).toEqual(
      expect.arrayContaining(["onclick"]),
    );
    expect(find((i) => i.reason === "unsafe-url")).toMatchObject([
      { attribute: "href", value: "javascript:openGazeta()" },
    ]);
    // The table is kept (a table node): only its class attribute is reported.
    expect(find((i) => i.reason === "table")).toHaveLength(0);
    expect(find((i) => i.element === "table" && i.attribute === "class")).toHaveLength(1);
    expect(find((i) => i.reason === "hidden")).toMatchObject([
      { element: "aside", text: "Related More on Syria" },
    ]);
    expect(find((i) => i.reason === "outside-content").map((i) => i.element)).toEqual(
      expect.arrayContaining(["nav", "footer"]),
    );
    expect(find((i) => i.attribute === "style").length).toBeGreaterThanOrEqual(2);
    expect(find((i) => i.attribute === "srcset")).toHaveLength(1);
  });

  it("gives each report item a path and a source location that points at the element", () => {
    const iframe = find((i) => i.element === "iframe")[0]!;
    expect(iframe.path).toBe(
      "body > div > div.container > article.story > div.story-body > div.video-embed:nth-of-type(3) > iframe",
    );
    expect(page.slice(iframe.location!.offset, iframe.location!.offset + 7)).toBe("<iframe");
    const handler = find((i) => i.reason === "event-handler" && i.attribute === "onclick")[0]!;
    expect(page.slice(handler.location!.offset, handler.location!.endOffset)).toBe(
      `onclick="track('syria')"`,
    );
  });

  it("keeps the table as a table: its caption, header row and cells", () => {
    const tables = article.body.filter((b) => b.type === "table");
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(plainText(table.caption ?? [])).toBe("Who said what");
    expect(
      table.children.map((row) => row.children.map((cell) => plainText(cell.children))),
    ).toEqual([
      ["Speaker", "Said"],
      ["Dmitry Peskov", "Russia would consider any request"],
      ["Walid Muallem", "Only Syrian troops are involved"],
    ]);
    expect(table.children[0]!.children.every((cell) => cell.header === "column")).toBe(true);
    expect(table.children[1]!.children.some((cell) => cell.header !== undefined)).toBe(false);
  });
});
