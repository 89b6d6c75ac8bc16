import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Person } from "../model/entity.js";
import { validArticle } from "../validate/test-fixture.js";
import { lintArticle } from "./lint-article.js";
import type { LintRuleName } from "./lint-rule.js";
import { LINT_RULE_NAMES } from "./lint-rule.js";
import { LINT_RULES } from "./rules.js";

/** The fixture with one change, linted: `[rule, path]` pairs. */
function lintWith(change: (a: Article) => void): [LintRuleName, (string | number)[]][] {
  const article = validArticle();
  change(article);
  return lintArticle(article).map((w) => [w.rule, w.path]);
}

const entity = (a: Article, id: string) => a.entities.find((e) => e.id === id)!;

describe("lintArticle", () => {
  it("finds nothing to improve in a complete article", () => {
    expect(lintArticle(validArticle())).toEqual([]);
  });

  it("runs the rules of the table, in the order of LINT_RULE_NAMES", () => {
    expect(LINT_RULES.map((r) => r.name)).toEqual([...LINT_RULE_NAMES]);
    for (const rule of LINT_RULES) expect(rule.description.length).toBeGreaterThan(20);
  });

  it("missing-url", () => {
    expect(lintWith((a) => delete a.url)).toEqual([["missing-url", ["url"]]]);
  });

  it("missing-date-published", () => {
    expect(lintWith((a) => delete a.datePublished)).toEqual([
      ["missing-date-published", ["datePublished"]],
    ]);
  });

  it("missing-authors", () => {
    // The reporter is then referenced by nothing, which the last rule reports too.
    expect(lintWith((a) => (a.authors = []))).toEqual([
      ["missing-authors", ["authors"]],
      ["entity-unreferenced", ["entities", 0]],
    ]);
  });

  it("headline-too-long counts code points, not UTF-16 units", () => {
    expect(lintWith((a) => (a.headline = "x".repeat(111)))).toEqual([
      ["headline-too-long", ["headline"]],
    ]);
    expect(lintWith((a) => (a.headline = "x".repeat(110)))).toEqual([]);
    // 110 emoji are 220 UTF-16 units but 110 characters.
    expect(lintWith((a) => (a.headline = "😀".repeat(110)))).toEqual([]);
  });

  it("missing-description", () => {
    expect(lintWith((a) => delete a.description)).toEqual([
      ["missing-description", ["description"]],
    ]);
  });

  it("missing-image (and the entities only the image referred to)", () => {
    expect(lintWith((a) => delete a.image)).toEqual([
      ["missing-image", ["image"]],
      ["entity-unreferenced", ["entities", 4]],
    ]);
    const article = validArticle();
    delete article.image;
    const grouped = lintArticle(article).find((w) => w.rule === "entity-unreferenced")!;
    expect(grouped.paths).toEqual([
      ["entities", 4],
      ["entities", 11],
    ]);
  });

  it("image-missing-url", () => {
    expect(lintWith((a) => delete a.image!.url)).toEqual([["image-missing-url", ["image", "url"]]]);
  });

  it("image-missing-dimensions", () => {
    expect(lintWith((a) => delete a.image!.height)).toEqual([
      ["image-missing-dimensions", ["image"]],
    ]);
    const article = validArticle();
    delete article.image!.width;
    delete article.image!.height;
    expect(lintArticle(article)[0]?.message).toMatch(/no width or height/);
  });

  it("image-too-small below 50,000 pixels", () => {
    expect(
      lintWith((a) => {
        a.image!.width = 249;
        a.image!.height = 200;
      }),
    ).toEqual([["image-too-small", ["image"]]]);
    expect(
      lintWith((a) => {
        a.image!.width = 250;
        a.image!.height = 200;
      }),
    ).toEqual([]);
  });

  it("entity-no-same-as skips anonymous persons", () => {
    expect(lintWith((a) => delete entity(a, "syria").sameAs)).toEqual([
      ["entity-no-same-as", ["entities", 8]],
    ]);
    expect(lintWith((a) => (entity(a, "syria").sameAs = []))).toEqual([
      ["entity-no-same-as", ["entities", 8]],
    ]);
    expect(lintWith((a) => delete entity(a, "reporter").url)).toEqual([
      ["entity-no-same-as", ["entities", 0]],
    ]);
    // The anonymous spokesperson has neither, and is not reported.
    expect(entity(validArticle(), "spokesperson").url).toBeUndefined();
  });

  it("entity-unreferenced", () => {
    expect(
      lintWith((a) =>
        a.entities.push({ type: "Place", id: "x", name: "X", url: "https://x.example/" }),
      ),
    ).toEqual([["entity-unreferenced", ["entities", 14]]]);
  });

  it("speaker-not-mentioned, once per speaker, at their first quote", () => {
    expect(
      lintWith((a) => {
        a.body[0] = {
          type: "paragraph",
          children: ["He said: ", a.body[0]!.type === "paragraph" ? a.body[0]!.children[2]! : ""],
        };
        // A second quote by the same speaker: still one warning for them.
        const { claim: _claim, stance: _stance, ...second } = a.quotes[0]!;
        a.quotes.push({ ...second, id: "q3" });
      }),
    ).toEqual([
      ["speaker-not-mentioned", ["quotes", 0, "speaker"]],
      ["speaker-not-mentioned", ["quotes", 1, "speaker"]],
    ]);
  });

  it("speaker-not-mentioned: an anonymous speaker counts as mentioned when their affiliation is", () => {
    // The spokesperson's affiliation, the Kremlin, is mentioned at body[0].children[10].
    const unmentionKremlin = (a: Article) => {
      if (a.body[0]?.type === "paragraph") a.body[0].children.splice(9, 2);
    };
    expect(lintWith(unmentionKremlin)).toEqual([
      ["speaker-not-mentioned", ["quotes", 1, "speaker"]],
    ]);
    expect(
      lintWith((a) => {
        (entity(a, "spokesperson") as Person).affiliation = "holding";
      }),
    ).toEqual([["speaker-not-mentioned", ["quotes", 1, "speaker"]]]);
    expect(
      lintWith((a) => {
        delete (entity(a, "spokesperson") as Person).affiliation;
      }),
    ).toEqual([["speaker-not-mentioned", ["quotes", 1, "speaker"]]]);
  });

  it("lets rules be turned off by name", () => {
    const article = validArticle();
    delete article.url;
    delete article.description;
    expect(lintArticle(article, { rules: { "missing-url": false } }).map((w) => w.rule)).toEqual([
      "missing-description",
    ]);
  });

  it("gives every warning a message that says what to do", () => {
    const bare: Article = {
      newsdoc: 1,
      id: "a",
      language: "en",
      headline: "H",
      authors: [],
      body: [],
      entities: [{ type: "Organization", id: "o", name: "Org" }],
      quotes: [{ id: "q", speaker: "o", text: "t", mode: "indirect" }],
      claims: [],
    };
    const warnings = lintArticle(bare);
    expect(warnings.map((w) => w.rule)).toEqual([
      "missing-url",
      "missing-date-published",
      "missing-authors",
      "missing-description",
      "missing-image",
      "entity-no-same-as",
      "speaker-not-mentioned",
    ]);
    for (const w of warnings) expect(w.message).toMatch(/[.:] .*\./);
    expect(lintArticle(bare)).toEqual(warnings);
  });
});
