import { parseArticle } from "@newsdoc/core";
import { describe, expect, test } from "vitest";
import { annotate } from "../annotate.js";
import { PEOPLE, testArticle } from "../test-article.js";

const speakers = (paragraphs: string[], language = "en") => {
  const { article, report } = annotate(testArticle(paragraphs, PEOPLE, language), {
    applyAbove: 0,
  });
  expect(() => parseArticle(article)).not.toThrow();
  return report.quotes.map((q) => [q.text, q.speaker?.entity, q.speaker?.construction]);
};

describe("speakers by construction", () => {
  test.each([
    ['"We are ready," Peskov added.', "peskov", "quote-speaker-verb"],
    ['"We are ready," said John Kerry.', "kerry", "quote-verb-speaker"],
    ['"We are ready," Peskov, the Kremlin spokesperson, said.', "peskov", "quote-apposition-verb"],
    ['Kerry said: "We are ready."', "kerry", "speaker-verb-colon"],
    ['Peskov also said that the army was "ready for anything."', "peskov", "speaker-verb-quote"],
    ['According to Gazeta, "the soldiers were ready."', "gazeta", "according-to"],
    ['"The soldiers were ready," according to Gazeta.', "gazeta", "according-to"],
    ['"We are ready," Peskov told Tass.', "peskov", "quote-speaker-verb"],
    ['"We are ready," Peskov insisted.', "peskov", "quote-speaker-verb"],
    ['"We are ready," Peskov announced.', "peskov", "quote-speaker-verb"],
    ['"We are ready," the Kremlin said.', "kremlin", "quote-speaker-verb"],
  ])("%s", (text, entity, construction) => {
    expect(speakers([text])[0]?.slice(1)).toEqual([entity, construction]);
  });

  test("a pronoun carries the last named speaker when no other person came between", () => {
    expect(speakers(['"We are ready," Kerry said. "We will go," he added.'])[1]?.slice(1)).toEqual([
      "kerry",
      "pronoun",
    ]);
    const unclear = speakers([
      '"We are ready," Kerry said. He met Lavrov. "We will go," he added.',
    ]);
    expect(unclear[1]?.[1]).toBeUndefined();
  });

  test("a quote standing alone continues the previous speaker", () => {
    expect(speakers(['"We are ready," Kerry said. "We will go."'])[1]?.slice(1)).toEqual([
      "kerry",
      "continues-previous-quote",
    ]);
  });

  test("a quote standing alone takes the next sentence's subject", () => {
    expect(speakers(['"We will go." Peskov said so on Friday.'])[0]?.slice(1)).toEqual([
      "peskov",
      "next-sentence-subject",
    ]);
  });

  test("a speaker not in the registry is reported, with no entity and confidence 0", () => {
    const { report } = annotate(testArticle(['"We are ready," said Smith.'], PEOPLE));
    expect(report.quotes[0]?.speaker).toMatchObject({
      text: "Smith",
      confidence: 0,
      unresolved: "not-in-registry",
    });
    expect(report.quotes[0]?.applied).toBe(false);
    expect(report.quotes[0]?.notApplied).toBe("no-speaker");
  });

  test("a place cannot be a speaker", () => {
    const { report } = annotate(testArticle(['"We are ready," Russia said.'], PEOPLE));
    expect(report.quotes[0]?.speaker?.unresolved).toBe("not-a-person-or-organization");
  });

  test("nothing below the threshold is applied", () => {
    const text = ['"We are ready," Kerry said. "We will go."'];
    const low = annotate(testArticle(text, PEOPLE), { applyAbove: 0.9 });
    expect(low.report.quotes.map((q) => q.applied)).toEqual([true, false]);
    expect(low.report.quotes[1]?.notApplied).toBe("below-threshold");
    expect(low.article.quotes.map((q) => q.text)).toEqual(["We are ready"]);
    expect(annotate(testArticle(text, PEOPLE), { applyAbove: 1 }).article.quotes).toEqual([]);
  });

  test("a quote over two paragraphs: one quote per paragraph, one speaker", () => {
    const { article, report } = annotate(
      testArticle(
        ["“We are ready to go on,” Kerry said. “We will talk to everyone.", "“And we will win.”"],
        PEOPLE,
      ),
      { applyAbove: 0 },
    );
    expect(report.quotes.map((q) => [q.text, q.speaker?.entity, q.continues])).toEqual([
      ["We are ready to go on", "kerry", undefined],
      ["We will talk to everyone.", "kerry", undefined],
      ["And we will win.", "kerry", 1],
    ]);
    expect(() => parseArticle(article)).not.toThrow();
  });
});

describe("German and Swedish", () => {
  test("German: „…“, sagte X and „…“, so X", () => {
    expect(
      speakers(["„Wir sind bereit“, sagte Merkel.", "„Wir gehen“, so Merkel."], "de").map((q) =>
        q.slice(1),
      ),
    ).toEqual([
      ["merkel", "quote-verb-speaker"],
      ["merkel", "quote-verb-speaker"],
    ]);
  });

  test("Swedish: the dash-led dialogue line, säger X", () => {
    const { article, report } = annotate(
      testArticle(
        [
          "– Aurora 2023 kommer att bli en stor övning, säger Jonas Svensson.",
          "”Vi är redo”, sa Svensson.",
        ],
        PEOPLE,
        "sv",
      ),
    );
    expect(
      report.quotes.map((q) => [q.text, q.speaker?.entity, q.speaker?.construction, q.marks[0]]),
    ).toEqual([
      ["Aurora 2023 kommer att bli en stor övning", "svensson", "quote-verb-speaker", "–"],
      ["Vi är redo", "svensson", "quote-verb-speaker", "”"],
    ]);
    expect(() => parseArticle(article)).not.toThrow();
  });
});
