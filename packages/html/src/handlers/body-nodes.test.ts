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
import {
  BODY_NODES,
  bodyNodesArticle,
} from "../../../jsonld/src/__fixtures__/body-nodes-article.js";
import { toHtmlDocument } from "../document/to-html-document.js";
import { toHtml } from "../to-html.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

function byClass(html: string, className: string): HtmlElement[] {
  return findElements(parseHtml(html), (el) =>
    (getAttribute(el, "class") ?? "").split(" ").includes(className),
  );
}

describe("asides, pull quotes and notices in HTML", () => {
  const html = toHtml(bodyNodesArticle);

  it("labels each aside by its title heading, whose id is unique on the page", () => {
    const asides = byClass(html, "nd-aside");
    expect(asides).toHaveLength(1);
    const aside = asides[0]!;
    expect(aside.tagName).toBe("aside");
    const heading = aside.childNodes.find((n): n is HtmlElement => "tagName" in n)!;
    expect(heading.tagName).toBe("h2");
    expect(getAttribute(aside, "aria-labelledby")).toBe(getAttribute(heading, "id"));
    expect(getAttribute(heading, "id")).toBe("nd-aside-body-nodes-1");
    expect(textContent(heading)).toBe("What we know about the talks");
    // Its own blocks follow the title: the paragraph, the list, the pull quote.
    expect(findElements(aside, (el) => el.tagName === "li")).toHaveLength(2);
  });

  it("gives nested asides lower title ranks and distinct ids", () => {
    const nested = toHtml({
      ...bodyNodesArticle,
      body: [
        {
          type: "aside",
          title: ["Outer"],
          children: [{ type: "aside", title: ["Inner"], children: [] }],
        },
        { type: "aside", title: ["Next"], children: [] },
      ],
    });
    const headings = byClass(nested, "nd-aside-title");
    expect(headings.map((h) => [h.tagName, getAttribute(h, "id")])).toEqual([
      ["h2", "nd-aside-body-nodes-1"],
      ["h3", "nd-aside-body-nodes-2"],
      ["h2", "nd-aside-body-nodes-3"],
    ]);
  });

  it("shows a pull quote's words from the quote, hidden from screen readers", () => {
    const pulls = byClass(html, "nd-pull-quote");
    expect(pulls.map((p) => getAttribute(p, "data-quote"))).toEqual(["q-partial", "q-direct"]);
    for (const pull of pulls) {
      expect(pull.tagName).toBe("aside");
      expect(getAttribute(pull, "aria-hidden")).toBe("true");
    }
    expect(textContent(pulls[1]!)).toBe("We will meet again.— Jane Minister");
  });

  it("writes the editor's note and the correction notice with their labels and date", () => {
    const [note] = byClass(html, "nd-editors-note");
    expect(getAttribute(note!, "role")).toBe("note");
    expect(textContent(note!)).toBe(
      "Editor's note: This story was updated with the ministry's report.",
    );
    const [fix] = byClass(html, "nd-correction");
    expect(getAttribute(fix!, "role")).toBe("note");
    const [time] = findElements(fix!, (el) => el.tagName === "time");
    expect(getAttribute(time!, "datetime")).toBe("2024-01-05T10:30:00+01:00");
    expect(textContent(fix!)).toBe(
      "Correction, 5 January 2024: An earlier version gave the wrong day for the next meeting.",
    );
    const relabelled = toHtml(bodyNodesArticle, {
      labels: { editorsNote: "Note de la rédaction", corrections: "Rectificatif" },
    });
    expect(textContent(byClass(relabelled, "nd-editors-note")[0]!)).toMatch(
      /^Note de la rédaction: /,
    );
    expect(textContent(byClass(relabelled, "nd-correction")[0]!)).toMatch(/^Rectificatif, /);
  });

  it("passes html-validate's recommended rules, compact and pretty", async () => {
    for (const pretty of [false, true]) {
      const report = await validator.validateString(toHtmlDocument(bodyNodesArticle, { pretty }));
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId} ${m.message}`),
      );
      expect(messages).toEqual([]);
    }
  });

  it("keeps the XSS corpus inert in an aside title, an editor's note and a correction", () => {
    for (const { payload: attack } of xssCorpus) {
      const article = {
        ...bodyNodesArticle,
        id: attack,
        body: [
          {
            type: "aside" as const,
            title: [attack],
            children: [{ type: "paragraph" as const, children: [attack] }],
          },
          { type: "editorsNote" as const, children: [attack] },
          { type: "correction" as const, date: "2024-01-05T10:30:00+01:00", text: attack },
          ...BODY_NODES,
        ],
        quotes: bodyNodesArticle.quotes.map((q) => ({ ...q, text: attack })),
      };
      assertSafeHtml(toHtml(article));
      assertSafeHtml(toHtmlDocument(article), { allowJsonLdScript: "required" });
    }
  }, 120_000);
});
