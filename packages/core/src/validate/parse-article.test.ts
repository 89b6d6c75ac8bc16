import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Person } from "../model/entity.js";
import { ArticleValidationError } from "./article-validation-error.js";
import type { IssueCode, IssuePath } from "./issue.js";
import { ISSUE_CODES } from "./issue.js";
import { parseArticle, safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

/** An article whose nodes can be reached without casts, for making them wrong. */
// biome-ignore lint/suspicious/noExplicitAny: tests write wrong values on purpose.
type Loose = { [K in keyof Article]: any } & Record<string, any>;

/** Parses `input` and returns its issues as `[code, path]` pairs, in order. */
function issuesOf(input: unknown): [IssueCode, IssuePath][] {
  const result = safeParseArticle(input);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.code, i.path]);
}

/** A valid article with one change made by `change`. */
function withChange(change: (a: Loose) => void): unknown {
  const article = validArticle() as Loose;
  change(article);
  return article;
}

const person = (a: Article, id: string) => a.entities.find((e) => e.id === id) as Person;

type Case = [string, (a: Loose) => void, [IssueCode, IssuePath][]];

function runCases(cases: Case[]): void {
  it.each(cases)("reports %s", (_name, change, expected) => {
    expect(issuesOf(withChange(change))).toEqual(expected);
  });
}

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
  runCases([
    [
      "a missing required field",
      (a) => {
        delete a.headline;
      },
      [["missing_field", ["headline"]]],
    ],
    [
      "a missing version",
      (a) => {
        delete a.newsdoc;
      },
      [["missing_field", ["newsdoc"]]],
    ],
    [
      "another version",
      (a) => {
        a.newsdoc = 2;
      },
      [["unsupported_version", ["newsdoc"]]],
    ],
    [
      "a wrong type",
      (a) => {
        a.headline = 42;
      },
      [["invalid_type", ["headline"]]],
    ],
    [
      "an explicit undefined",
      (a) => {
        a.url = undefined;
      },
      [["invalid_type", ["url"]]],
    ],
    [
      "an unknown key",
      (a) => {
        a.headln = "x";
      },
      [["unknown_key", ["headln"]]],
    ],
    [
      "an unknown key deep inside",
      (a) => {
        a.body[0].style = "bold";
      },
      [["unknown_key", ["body", 0, "style"]]],
    ],
    [
      "an unknown block type",
      (a) => {
        a.body[1].type = "paragraf";
      },
      [["unknown_type", ["body", 1, "type"]]],
    ],
    [
      "a node without a type",
      (a) => {
        delete a.body[5].type;
      },
      [["missing_field", ["body", 5, "type"]]],
    ],
    [
      "an unknown entity type",
      (a) => {
        a.entities[0].type = "Human";
      },
      [["unknown_type", ["entities", 0, "type"]]],
    ],
    [
      "a bad field inside an inline node",
      (a) => {
        a.body[0].children[0] = { type: "mention", entity: "peskov" };
      },
      [["missing_field", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "an inline that is neither text nor node",
      (a) => {
        a.body[0].children[1] = 7;
      },
      [["invalid_type", ["body", 0, "children", 1]]],
    ],
    [
      "a bad enum value",
      (a) => {
        (a.quotes[0] as { mode: string }).mode = "quoted";
      },
      [["invalid_value", ["quotes", 0, "mode"]]],
    ],
    [
      "heading level 1",
      (a) => {
        a.body[1].level = 1;
      },
      [["invalid_value", ["body", 1, "level"]]],
    ],
    [
      "width 0",
      (a) => {
        a.image!.width = 0;
      },
      [["invalid_number", ["image", "width"]]],
    ],
    [
      "height 1.5",
      (a) => {
        a.image!.height = 1.5;
      },
      [["invalid_number", ["image", "height"]]],
    ],
    [
      "list start -1",
      (a) => {
        a.body[4].start = -1;
      },
      [["invalid_number", ["body", 4, "start"]]],
    ],
    [
      "NaN",
      (a) => {
        a.image!.width = Number.NaN;
      },
      [["invalid_type", ["image", "width"]]],
    ],
    [
      "an empty id",
      (a) => {
        a.entities[0].id = "";
      },
      // The author pointed at that entity: with its id gone, it points nowhere.
      [
        ["empty_string", ["entities", 0, "id"]],
        ["unknown_reference", ["authors", 0]],
      ],
    ],
    [
      "a whitespace-only headline",
      (a) => {
        a.headline = " \t\n ";
      },
      [["empty_string", ["headline"]]],
    ],
    [
      "a blank statement",
      (a) => {
        a.claims[0]!.statement = " ";
      },
      [["empty_string", ["claims", 0, "statement"]]],
    ],
    [
      "a blank mention",
      (a) => {
        a.body[0].children[0].text = "";
      },
      [["empty_string", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "a blank keyword",
      (a) => {
        a.keywords = ["ok", ""];
      },
      [["empty_string", ["keywords", 1]]],
    ],
    [
      "a bad language tag",
      (a) => {
        a.language = "english language";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "a malformed language tag",
      (a) => {
        a.language = "en-";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "an invalid BCP 47 tag of the right shape",
      (a) => {
        a.language = "en-US-US-x";
      },
      [["invalid_language", ["language"]]],
    ],
  ]);

  it("rejects what is not an article object", () => {
    for (const input of [null, undefined, 0, "article", true, [], 10n, () => 1, Symbol("x")])
      expect(issuesOf(input)).toEqual([["invalid_type", []]]);
  });
});

describe("parseArticle: values", () => {
  runCases([
    [
      "a date without offset",
      (a) => {
        a.datePublished = "2015-09-11T10:00:00";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a date without seconds",
      (a) => {
        a.datePublished = "2015-09-11T10:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a date only where a date-time is needed",
      (a) => {
        a.dateModified = "2015-09-11";
      },
      [["invalid_date", ["dateModified"]]],
    ],
    [
      "February 30",
      (a) => {
        a.datePublished = "2015-02-30T10:00:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "February 29 in a common year",
      (a) => {
        a.entities[11].startDate = "2015-02-29";
      },
      [["invalid_date", ["entities", 11, "startDate"]]],
    ],
    [
      "hour 25",
      (a) => {
        a.datePublished = "2015-09-11T25:00:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a time-ref date-time without offset",
      (a) => {
        a.quotes[1]!.when!.date = "2015-09-11T12:00:00";
      },
      [["invalid_date", ["quotes", 1, "when", "date"]]],
    ],
    [
      "a bad CreativeWork date",
      (a) => {
        a.entities[12].datePublished = "yesterday";
      },
      [["invalid_date", ["entities", 12, "datePublished"]]],
    ],
    [
      "modified before published",
      (a) => {
        a.dateModified = "2015-09-11T12:59:59+03:00";
      },
      [["date_order", ["dateModified"]]],
    ],
    [
      "a relative url",
      (a) => {
        a.url = "/2015/09/russia";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "an ftp url",
      (a) => {
        a.image!.url = "ftp://example.com/a.jpg";
      },
      [["invalid_url", ["image", "url"]]],
    ],
    [
      "a javascript: sameAs",
      (a) => {
        a.entities[1].sameAs = ["javascript:alert(1)"];
      },
      [["invalid_url", ["entities", 1, "sameAs", 0]]],
    ],
    [
      "a mailto: url outside links",
      (a) => {
        a.url = "mailto:x@example.com";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with a space",
      (a) => {
        a.url = "https://example.com/a b";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with a backslash",
      (a) => {
        a.url = "https:\\\\evil.example.com";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with user info",
      (a) => {
        a.url = "https://news.example.com@evil.example.com/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url without host",
      (a) => {
        a.url = "https://";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "an upper-case scheme",
      (a) => {
        a.url = "HTTPS://example.com/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url that does not parse",
      (a) => {
        a.url = "https://[::1/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a bad blockquote cite",
      (a) => {
        a.body[2].cite = "tv";
      },
      [["invalid_url", ["body", 2, "cite"]]],
    ],
    [
      "an obfuscated javascript: link",
      (a) => {
        a.body[0].children[4].url = "java\tscript:alert(1)";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "a javascript: link behind spaces",
      (a) => {
        a.body[0].children[4].url = " javascript:alert(1)";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "a link with an invisible character",
      (a) => {
        a.body[0].children[4].url = "https://exa\u200bmple.com";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "an empty mailto: link",
      (a) => {
        a.body[0].children[8].url = "mailto:";
      },
      [["invalid_url", ["body", 0, "children", 8, "url"]]],
    ],
    [
      "a lone surrogate",
      (a) => {
        a.headline = "Broken \ud83d emoji";
      },
      [["invalid_text", ["headline"]]],
    ],
    [
      "a noncharacter of the BMP",
      (a) => {
        a.headline = "a\ufdd0b";
      },
      [["invalid_text", ["headline"]]],
    ],
    [
      "an astral noncharacter",
      (a) => {
        a.description = "x \u{cfffe}";
      },
      [["invalid_text", ["description"]]],
    ],
    [
      "a lone low surrogate",
      (a) => {
        a.description = "\udc00";
      },
      [["invalid_text", ["description"]]],
    ],
    [
      "a NUL character",
      (a) => {
        a.body[1].children[0] = "Back\u0000ground";
      },
      [["invalid_text", ["body", 1, "children", 0]]],
    ],
    [
      "a carriage return",
      (a) => {
        a.quotes[0]!.verb = "said\r\n";
      },
      [["invalid_text", ["quotes", 0, "verb"]]],
    ],
    [
      "a C1 control",
      (a) => {
        a.section = "World\u0085";
      },
      [["invalid_text", ["section"]]],
    ],
  ]);

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
  runCases([
    [
      "a duplicate entity id",
      (a) => {
        a.entities.push({ ...a.entities[1] });
      },
      [["duplicate_id", ["entities", 14, "id"]]],
    ],
    [
      "a duplicate quote id",
      (a) => {
        a.quotes.push({ ...a.quotes[1]!, id: "q1" });
      },
      [["duplicate_id", ["quotes", 2, "id"]]],
    ],
    [
      "a duplicate claim id",
      (a) => {
        a.claims.push({ id: "c1", statement: "S", stances: [] });
      },
      [["duplicate_id", ["claims", 1, "id"]]],
    ],
    [
      "an unknown author",
      (a) => {
        a.authors = ["nobody"];
      },
      [["unknown_reference", ["authors", 0]]],
    ],
    [
      "an unknown publisher",
      (a) => {
        a.publisher = "nobody";
      },
      [["unknown_reference", ["publisher"]]],
    ],
    [
      "an unknown about",
      (a) => {
        a.about = ["nobody"];
      },
      [["unknown_reference", ["about", 0]]],
    ],
    [
      "an unknown mention",
      (a) => {
        a.body[0].children[0].entity = "nobody";
      },
      [["unknown_reference", ["body", 0, "children", 0, "entity"]]],
    ],
    [
      "an unknown mention in a caption",
      (a) => {
        (a.image!.caption![0] as { entity: string }).entity = "nobody";
      },
      [["unknown_reference", ["image", "caption", 0, "entity"]]],
    ],
    [
      "an unknown mention in a list",
      (a) => {
        a.body[4].children[1].children[0].entity = "nobody";
      },
      [["unknown_reference", ["body", 4, "children", 1, "children", 0, "entity"]]],
    ],
    [
      "an unknown mention in a figure caption",
      (a) => {
        a.body[3].image.caption[1].entity = "nobody";
      },
      [["unknown_reference", ["body", 3, "image", "caption", 1, "entity"]]],
    ],
    [
      "an unknown speaker",
      (a) => {
        a.quotes[0]!.speaker = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "speaker"]]],
    ],
    [
      "an unknown via",
      (a) => {
        a.quotes[0]!.via = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "via"]]],
    ],
    [
      "an unknown audience",
      (a) => {
        a.quotes[0]!.audience!.entity = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "audience", "entity"]]],
    ],
    [
      "an unknown image creator",
      (a) => {
        a.image!.credit!.creators = ["nobody"];
      },
      [["unknown_reference", ["image", "credit", "creators", 0]]],
    ],
    [
      "an unknown image provider in a figure",
      (a) => {
        a.body[3].image.credit.providers = ["nobody"];
      },
      [["unknown_reference", ["body", 3, "image", "credit", "providers", 0]]],
    ],
    [
      "an unknown image about",
      (a) => {
        a.image!.about = ["nobody"];
      },
      [["unknown_reference", ["image", "about", 0]]],
    ],
    [
      "an unknown stance party",
      (a) => {
        a.claims[0]!.stances[1]!.by = "nobody";
      },
      [["unknown_reference", ["claims", 0, "stances", 1, "by"]]],
    ],
    [
      "an unknown stance quote",
      (a) => {
        a.claims[0]!.stances[0]!.quote = "q9";
      },
      [["unknown_reference", ["claims", 0, "stances", 0, "quote"]]],
    ],
    [
      "an unknown quote claim",
      (a) => {
        a.quotes[0]!.claim = "c9";
      },
      [["unknown_reference", ["quotes", 0, "claim"]]],
    ],
    [
      "an unknown blockquote quote",
      (a) => {
        a.body[2].quote = "q9";
      },
      [["unknown_reference", ["body", 2, "quote"]]],
    ],
    [
      "an unknown quote span",
      (a) => {
        a.body[0].children[2].quote = "q9";
      },
      [["unknown_reference", ["body", 0, "children", 2, "quote"]]],
    ],
    [
      "an unknown affiliation",
      (a) => {
        person(a, "peskov").affiliation = "nobody";
      },
      [["unknown_reference", ["entities", 1, "affiliation"]]],
    ],
    [
      "an unknown parent organization",
      (a) => {
        a.entities[6].parentOrganization = "nobody";
      },
      [["unknown_reference", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "an unknown containing place",
      (a) => {
        a.entities[9].containedInPlace = "nobody";
      },
      [["unknown_reference", ["entities", 9, "containedInPlace"]]],
    ],
    [
      "an unknown event location",
      (a) => {
        a.entities[11].location = "nobody";
      },
      [["unknown_reference", ["entities", 11, "location"]]],
    ],
    [
      "an unknown attendee",
      (a) => {
        a.entities[11].attendees = ["nobody"];
      },
      [["unknown_reference", ["entities", 11, "attendees", 0]]],
    ],
    [
      "an unknown work author",
      (a) => {
        a.entities[12].authors = ["nobody"];
      },
      [["unknown_reference", ["entities", 12, "authors", 0]]],
    ],
    [
      "an unknown work publisher",
      (a) => {
        a.entities[12].publisher = "nobody";
      },
      [["unknown_reference", ["entities", 12, "publisher"]]],
    ],
    [
      "a Place as author",
      (a) => {
        a.authors = ["syria"];
      },
      [["wrong_reference_kind", ["authors", 0]]],
    ],
    [
      "a Person as publisher",
      (a) => {
        a.publisher = "putin";
      },
      [["wrong_reference_kind", ["publisher"]]],
    ],
    [
      "a Place as speaker",
      (a) => {
        a.quotes[0]!.speaker = "moscow";
      },
      [["wrong_reference_kind", ["quotes", 0, "speaker"]]],
    ],
    [
      "a Place as via",
      (a) => {
        a.quotes[0]!.via = "moscow";
      },
      [["wrong_reference_kind", ["quotes", 0, "via"]]],
    ],
    [
      "an Event as audience",
      (a) => {
        a.quotes[0]!.audience!.entity = "meeting";
      },
      [["wrong_reference_kind", ["quotes", 0, "audience", "entity"]]],
    ],
    [
      "a Person as affiliation",
      (a) => {
        person(a, "peskov").affiliation = "putin";
      },
      [["wrong_reference_kind", ["entities", 1, "affiliation"]]],
    ],
    [
      "a Place as parent organization",
      (a) => {
        a.entities[6].parentOrganization = "syria";
      },
      [["wrong_reference_kind", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "an Organization as containing place",
      (a) => {
        a.entities[9].containedInPlace = "kremlin";
      },
      [["wrong_reference_kind", ["entities", 9, "containedInPlace"]]],
    ],
    [
      "a Person as location",
      (a) => {
        a.entities[11].location = "putin";
      },
      [["wrong_reference_kind", ["entities", 11, "location"]]],
    ],
    [
      "a Place as attendee",
      (a) => {
        a.entities[11].attendees = ["syria"];
      },
      [["wrong_reference_kind", ["entities", 11, "attendees", 0]]],
    ],
    [
      "a Place as creator",
      (a) => {
        a.image!.credit!.creators = ["syria"];
      },
      [["wrong_reference_kind", ["image", "credit", "creators", 0]]],
    ],
    [
      "a Person as provider",
      (a) => {
        a.image!.credit!.providers = ["putin"];
      },
      [["wrong_reference_kind", ["image", "credit", "providers", 0]]],
    ],
    [
      "a work as stance party",
      (a) => {
        a.claims[0]!.stances[1]!.by = "tv";
      },
      [["wrong_reference_kind", ["claims", 0, "stances", 1, "by"]]],
    ],
    [
      "a Place as work author",
      (a) => {
        a.entities[12].authors = ["syria"];
      },
      [["wrong_reference_kind", ["entities", 12, "authors", 0]]],
    ],
    [
      "a Person as work publisher",
      (a) => {
        a.entities[12].publisher = "putin";
      },
      [["wrong_reference_kind", ["entities", 12, "publisher"]]],
    ],
    [
      "an organization whose parent is its child",
      (a) => {
        a.entities[7].parentOrganization = "agency";
      },
      [["reference_cycle", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "a place inside itself",
      (a) => {
        a.entities[8].containedInPlace = "syria";
      },
      [["reference_cycle", ["entities", 8, "containedInPlace"]]],
    ],
    [
      "a quote span with other words",
      (a) => {
        a.quotes[0]!.text = "We are not sending soldiers";
      },
      [["quote_text_mismatch", ["body", 0, "children", 2]]],
    ],
    [
      "a quote span inside a blockquote with other words",
      (a) => {
        a.quotes[1]!.text = "We will not consider it.";
      },
      [["quote_text_mismatch", ["body", 2, "children", 0, "children", 0]]],
    ],
    [
      "a quote with a claim but no stance",
      (a) => {
        delete a.quotes[0]!.stance;
      },
      [["incomplete_stance", ["quotes", 0, "claim"]]],
    ],
    [
      "a quote with a stance but no claim",
      (a) => {
        delete a.quotes[0]!.claim;
      },
      [["incomplete_stance", ["quotes", 0, "stance"]]],
    ],
  ]);

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
