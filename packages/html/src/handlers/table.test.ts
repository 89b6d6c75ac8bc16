import type { Table, TableCell } from "@newsdoc/core/kit";
import {
  assertSafeHtml,
  findElements,
  getAttribute,
  type HtmlElement,
  parseHtml,
  textContent,
  xssCorpus,
} from "@newsdoc/test-utils";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "../../../jsonld/src/__fixtures__/body-nodes-article.js";
import { toHtmlDocument } from "../document/to-html-document.js";
import { toHtml } from "../to-html.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
const byTag = (root: HtmlElement | ReturnType<typeof parseHtml>, tag: string) =>
  findElements(root, (el) => el.tagName === tag);
const children = (el: HtmlElement): HtmlElement[] =>
  el.childNodes.filter((n): n is HtmlElement => "tagName" in n);

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  type: "tableCell",
  ...extra,
  children: [text],
});
const withTable = (table: Table) => ({ ...bodyNodesArticle, body: [table] });

describe("tables in HTML", () => {
  const html = toHtml(bodyNodesArticle);

  it("writes the caption first, the header row in <thead>, the rest in <tbody>", () => {
    const tables = byTag(parseHtml(html), "table");
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(children(table).map((el) => el.tagName)).toEqual(["caption", "thead", "tbody"]);
    expect(textContent(children(table)[0]!)).toBe("The talks so far");
    const [head, body] = [children(table)[1]!, children(table)[2]!];
    expect(byTag(head, "tr")).toHaveLength(1);
    expect(byTag(body, "tr")).toHaveLength(2);
  });

  it("scopes header cells by what they label and writes spans above 1", () => {
    const table = byTag(parseHtml(html), "table")[0]!;
    const cells = byTag(table, "tr").map((tr) =>
      children(tr).map((c) => [
        c.tagName,
        getAttribute(c, "scope") ?? null,
        getAttribute(c, "colspan") ?? null,
        textContent(c),
      ]),
    );
    expect(cells).toEqual([
      [
        ["th", "col", null, "Meeting"],
        ["th", "col", null, "Who"],
        ["th", "col", null, "Outcome"],
      ],
      [
        ["th", "row", null, "First"],
        ["td", null, null, "Jane Minister"],
        ["td", null, null, "No agreement on fees"],
      ],
      [
        ["th", "row", null, "Second"],
        ["td", null, "2", "Postponed to March"],
      ],
    ]);
    // The mention in a cell is the renderer's mention markup.
    const mention = findElements(table, (el) => getAttribute(el, "data-entity") === "minister");
    expect(mention.map(textContent)).toEqual(["Jane Minister"]);
  });

  it("keeps a header row spanning into the body out of <thead>, and writes rowspan", () => {
    const out = toHtml(
      withTable({
        type: "table",
        children: [
          {
            type: "tableRow",
            children: [
              cell("A", { header: "column", rowSpan: 2 }),
              cell("B", { header: "column" }),
            ],
          },
          { type: "tableRow", children: [cell("b1")] },
        ],
      }),
    );
    const table = byTag(parseHtml(out), "table")[0]!;
    expect(children(table).map((el) => el.tagName)).toEqual(["tbody"]);
    expect(getAttribute(byTag(table, "th")[0]!, "rowspan")).toBe("2");
  });

  it("passes html-validate's recommended rules, compact and pretty, spans included", async () => {
    const spanned = withTable({
      type: "table",
      caption: ["Spans"],
      children: [
        {
          type: "tableRow",
          children: [cell("", { header: "column" }), cell("Q", { header: "column", colSpan: 2 })],
        },
        {
          type: "tableRow",
          children: [cell("R", { header: "row", rowSpan: 2 }), cell("1"), cell("2")],
        },
        { type: "tableRow", children: [cell("3"), cell("4")] },
      ],
    });
    for (const article of [bodyNodesArticle, spanned]) {
      for (const pretty of [false, true]) {
        const report = await validator.validateString(toHtmlDocument(article, { pretty }));
        expect(
          report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        ).toEqual([]);
      }
    }
  });

  it("keeps the XSS corpus inert in a caption and in cells", () => {
    for (const payload of xssCorpus) {
      const out = toHtml(
        withTable({
          type: "table",
          caption: [payload.payload],
          children: [
            { type: "tableRow", children: [cell(payload.payload, { header: "column" })] },
            { type: "tableRow", children: [cell(payload.payload)] },
          ],
        }),
      );
      assertSafeHtml(out);
      // The words come back as text (an HTML parser drops NUL and reads CR as LF, as in any text).
      const words = payload.payload.replaceAll("\0", "").replace(/\r\n?/g, "\n");
      const table = byTag(parseHtml(out), "table")[0]!;
      expect(textContent(byTag(table, "caption")[0]!)).toBe(words);
      expect(byTag(table, "td").map(textContent)).toEqual([words]);
    }
  });
});
