import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "./__fixtures__/body-nodes-article.js";
import { bodyFacts } from "./body-text.js";
import { articleCorrections } from "./corrections.js";
import { toJsonLd } from "./to-json-ld.js";

describe("corrections in JSON-LD", () => {
  it("lists the article's corrections and the body's notices, each once", () => {
    const notice = {
      type: "correction" as const,
      date: "2024-01-06T09:00:00+01:00",
      text: "The ministry's name was corrected.",
    };
    const article = {
      ...bodyNodesArticle,
      body: [
        ...bodyNodesArticle.body,
        { type: "aside" as const, title: ["Box"], children: [notice] },
      ],
    };
    expect(articleCorrections(article, bodyFacts(article, false).notices)).toEqual([
      {
        date: "2024-01-05T10:30:00+01:00",
        text: "An earlier version gave the wrong day for the next meeting.",
      },
      { date: notice.date, text: notice.text },
    ]);
    const graph = toJsonLd(article) as { "@graph": Record<string, unknown>[] };
    const news = graph["@graph"].find((n) => n["@type"] === "NewsArticle")!;
    expect(news.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "An earlier version gave the wrong day for the next meeting.",
        datePublished: "2024-01-05T10:30:00+01:00",
      },
      { "@type": "CorrectionComment", text: notice.text, datePublished: notice.date },
    ]);
  });

  it("writes a body notice as a correction when the article has no corrections list", () => {
    const { corrections: _c, ...rest } = bodyNodesArticle;
    const graph = toJsonLd(rest) as { "@graph": Record<string, unknown>[] };
    const news = graph["@graph"].find((n) => n["@type"] === "NewsArticle")!;
    expect(news.correction).toHaveLength(1);
  });
});
