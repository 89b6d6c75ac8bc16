import { describe, expect, it } from "vitest";
import { ArticleValidationError } from "./article-validation-error.js";
import { ISSUE_CODES } from "./issue.js";
import { parseArticle, safeParseArticle } from "./parse-article.js";
import { issuesOf, type Loose, withChange } from "./test-cases.js";
import { validArticle } from "./test-fixture.js";

describe("parseArticle: valid documents", () => {
  it("returns an equal, new article and leaves the input as it was", () => {
    const input = validArticle();
    const before = JSON.stringify(input);
    const article = parseArticle(input);
    expect(article).toEqual(validArticle());
    expect(article).not.toBe(input);
    expect(article.body).not.toBe(input.body);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("round-trips through JSON, and its output is canonical (keys in model order)", () => {
    const once = parseArticle(JSON.parse(JSON.stringify(validArticle())));
    expect(once).toEqual(validArticle());
    const text = JSON.stringify(once);
    expect(JSON.stringify(parseArticle(JSON.parse(text)))).toBe(text);
    expect(Object.keys(once.entities[1]!)).toEqual([
      "type",
      "id",
      "name",
      "alternateNames",
      "description",
      "sameAs",
      "jobTitle",
      "affiliation",
    ]);
  });

  it("fills absent registries with fresh empty arrays", () => {
    const input = { newsdoc: 1, id: "a", language: "en", headline: "H", body: [] };
    const one = parseArticle(input);
    const two = parseArticle(input);
    expect(one).toEqual({ ...input, authors: [], entities: [], quotes: [], claims: [] });
    one.authors.push("x");
    expect(two.authors).toEqual([]);
  });
});

describe("parseArticle: shape", () => {
  it("rejects what is not an article object", () => {
    for (const input of [null, undefined, 0, "article", true, [], 10n, () => 1, Symbol("x")])
      expect(issuesOf(input)).toEqual([["invalid_type", []]]);
  });
});

describe("parseArticle: values", () => {
  it("accepts tab, newline and astral characters in text, IRIs, and date-times across offsets", () => {
    expect(
      issuesOf(
        withChange((a) => {
          a.description = "Tab\there,\nnewline, emoji 😀, RTL \u200f mark";
        }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        withChange((a) => {
          a.url = "https://ru.wikipedia.org/wiki/Песков";
        }),
      ),
    ).toEqual([]);
    const leap = withChange((a) => {
      a.datePublished = "2016-02-29T23:59:59.123-05:00";
      a.dateModified = "2016-03-01T04:59:59.123Z";
    });
    expect(issuesOf(leap)).toEqual([]);
  });

  it("lists text problems in document order", () => {
    const input = withChange((a) => {
      a.keywords = ["\u0001"];
      a.headline = "\u0002";
      a.body[1].children[0] = "\u0003";
    });
    expect(issuesOf(input)).toEqual([
      ["invalid_text", ["headline"]],
      ["invalid_text", ["keywords", 0]],
      ["invalid_text", ["body", 1, "children", 0]],
    ]);
  });
});

describe("parseArticle: meaning", () => {
  it("keeps a namespace per registry: an entity and a quote may share an id", () => {
    expect(
      issuesOf(
        withChange((a) => {
          a.quotes[1]!.id = "peskov";
        }),
      ),
    ).toEqual([
      ["unknown_reference", ["body", 2, "quote"]],
      ["unknown_reference", ["body", 2, "children", 0, "children", 0, "quote"]],
    ]);
    const shared = withChange((a) => {
      a.quotes[1]!.id = "peskov";
      a.body[2].quote = "peskov";
      a.body[2].children[0].children[0].quote = "peskov";
    });
    expect(issuesOf(shared)).toEqual([]);
  });

  it("reports every issue, in a stable order, not just the first", () => {
    const input = withChange((a) => {
      a.authors = ["nobody", "syria"];
      a.quotes[0]!.speaker = "ghost";
      a.entities[5].id = "peskov";
    });
    expect(issuesOf(input)).toEqual([
      ["duplicate_id", ["entities", 5, "id"]],
      ["unknown_reference", ["authors", 0]],
      ["wrong_reference_kind", ["authors", 1]],
      ["unknown_reference", ["entities", 1, "affiliation"]],
      ["unknown_reference", ["entities", 2, "affiliation"]],
      ["unknown_reference", ["entities", 11, "attendees", 1]],
      ["unknown_reference", ["quotes", 0, "speaker"]],
      ["unknown_reference", ["claims", 0, "stances", 1, "by"]],
      ["unknown_reference", ["body", 0, "children", 10, "entity"]],
    ]);
    expect(issuesOf(input)).toEqual(issuesOf(structuredClone(input)));
  });
});

describe("parseArticle: messages", () => {
  const messageOf = (change: (a: Loose) => void) => {
    const result = safeParseArticle(withChange(change));
    if (result.success) throw new Error("expected a failure");
    return result.error.issues.map((i) => i.message).join("\n");
  };

  it("say what is wrong and how to fix it, with suggestions", () => {
    expect(
      messageOf((a) => {
        a.headln = "x";
      }),
    ).toMatch(/Unknown field "headln"\. Did you mean "headline"\?/);
    expect(
      messageOf((a) => {
        a.body[1].type = "haeding";
      }),
    ).toMatch(/Did you mean "heading"\?.*"paragraph", "heading"/);
    expect(
      messageOf((a) => {
        a.authors = ["pesko"];
      }),
    ).toMatch(
      /"pesko" \(an author\) is not the id of any entity in entities\. Did you mean "peskov"\?/,
    );
    expect(
      messageOf((a) => {
        a.authors = ["syria"];
      }),
    ).toMatch(/"syria" is a Place, but an author must be a Person or an Organization/);
    expect(
      messageOf((a) => {
        a.entities.push({ ...a.entities[1] });
      }),
    ).toMatch(/already used by entities\[1\]/);
    expect(
      messageOf((a) => {
        a.datePublished = "2015-02-30T10:00:00Z";
      }),
    ).toMatch(/February 2015 has 28 days/);
    expect(
      messageOf((a) => {
        a.datePublished = "2015-09-11T10:00:00";
      }),
    ).toMatch(/no UTC offset/);
    expect(
      messageOf((a) => {
        a.datePublished = "2015-09-11T25:00:00Z";
      }),
    ).toMatch(/hour 25/);
    expect(
      messageOf((a) => {
        a.url = "JavaScript:alert(1)";
      }),
    ).toMatch(/javascript: scheme, which is never allowed/);
    expect(
      messageOf((a) => {
        a.url = "/relative";
      }),
    ).toMatch(/no scheme/);
    expect(
      messageOf((a) => {
        a.url = "https://a.example@b.example/";
      }),
    ).toMatch(/user name or password/);
    expect(
      messageOf((a) => {
        a.newsdoc = 2;
      }),
    ).toMatch(/model version 1/);
    expect(
      messageOf((a) => {
        a.headline = "a\ud800";
      }),
    ).toMatch(/lone surrogate \(U\+D800\) at index 1/);
    expect(
      messageOf((a) => {
        a.headline = "ab\u{10ffff}";
      }),
    ).toMatch(/noncharacter U\+10FFFF at index 2: .* Remove it\./);
    expect(
      messageOf((a) => {
        a.quotes[0]!.text = "We are not sending soldiers";
      }),
    ).toMatch(/first differ at character 19/);
    expect(
      messageOf((a) => {
        a.entities[7].parentOrganization = "agency";
      }),
    ).toMatch(/"agency" → "holding" → "agency"/);
  });

  it("are listed one per line with their paths in the error's message", () => {
    const input = withChange((a) => {
      a.authors = ["nobody"];
      a.headline = "";
    });
    let error: unknown;
    try {
      parseArticle(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect(error).toBeInstanceOf(Error);
    const { message, name, issues } = error as ArticleValidationError;
    expect(name).toBe("ArticleValidationError");
    // Shape problems come first, then the meaning checks over every well-formed part.
    expect(issues.map((i) => i.code)).toEqual(["empty_string", "unknown_reference"]);
    expect(message).toBe(
      `Invalid newsdoc article (2 issues):\n  headline: ${issues[0]!.message}\n  authors[0]: ${issues[1]!.message}`,
    );
  });

  it("use only the documented codes", () => {
    const all = [
      withChange((a) => {
        a.headln = 1;
      }),
      withChange((a) => {
        a.authors = ["nobody"];
      }),
      null,
    ].flatMap((input) => issuesOf(input).map(([code]) => code));
    for (const code of all) expect(ISSUE_CODES).toContain(code);
  });
});
