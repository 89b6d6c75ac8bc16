import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { safeParseArticle } from "../validate/parse-article.js";
import { validArticle } from "../validate/test-fixture.js";
import { ARTICLE_JSON_SCHEMA_ID, articleJsonSchema, articleJsonSchemaText } from "./json-schema.js";

const file = new URL("../../schema/newsdoc.schema.json", import.meta.url);
const committed = readFileSync(file, "utf8");

// An independent validator: ajv's draft 2020-12 build, strict about the schema itself.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const ajvValidate = ajv.compile(JSON.parse(committed) as object);

const byAjv = (doc: unknown) => ajvValidate(doc) === true;
const byZod = (doc: unknown) => safeParseArticle(doc).success;

// biome-ignore lint/suspicious/noExplicitAny: tests write wrong values on purpose.
type Loose = { [K in keyof Article]: any } & Record<string, any>;
function withChange(change: (a: Loose) => void): unknown {
  const article = JSON.parse(JSON.stringify(validArticle())) as Loose;
  change(article);
  return article;
}

describe("schema/newsdoc.schema.json", () => {
  it("is what the zod schemas generate now (run `pnpm --filter @newsdoc/core build` to refresh it)", () => {
    expect(committed).toBe(articleJsonSchemaText());
  });

  it("is a draft 2020-12 schema with an $id and a title", () => {
    const schema = articleJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(ARTICLE_JSON_SCHEMA_ID);
    expect(schema.title).toBe("newsdoc article");
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it("describes the input: the registries may be left out", () => {
    const minimal = { newsdoc: 1, id: "a", language: "en", headline: "H", body: [] };
    expect(byAjv(minimal)).toBe(true);
    expect(byZod(minimal)).toBe(true);
  });
});

describe("ajv and parseArticle agree on everything the JSON Schema can express", () => {
  const shape: [string, () => unknown][] = [
    ["a valid article", () => validArticle()],
    [
      "a missing headline",
      () =>
        withChange((a) => {
          delete a.headline;
        }),
    ],
    [
      "a missing version",
      () =>
        withChange((a) => {
          delete a.newsdoc;
        }),
    ],
    [
      "another version",
      () =>
        withChange((a) => {
          a.newsdoc = 2;
        }),
    ],
    [
      "a number for a string",
      () =>
        withChange((a) => {
          a.headline = 42;
        }),
    ],
    [
      "an object for an array",
      () =>
        withChange((a) => {
          a.body = {};
        }),
    ],
    [
      "an unknown top-level key",
      () =>
        withChange((a) => {
          a.headln = "x";
        }),
    ],
    [
      "an unknown key in a node",
      () =>
        withChange((a) => {
          a.body[0].style = "bold";
        }),
    ],
    [
      "an unknown block type",
      () =>
        withChange((a) => {
          a.body[1].type = "paragraf";
        }),
    ],
    [
      "an unknown entity type",
      () =>
        withChange((a) => {
          a.entities[0].type = "Human";
        }),
    ],
    [
      "a bad quote mode",
      () =>
        withChange((a) => {
          (a.quotes[0] as { mode: string }).mode = "quoted";
        }),
    ],
    [
      "a bad stance",
      () =>
        withChange((a) => {
          (a.claims[0]!.stances[0] as { stance: string }).stance = "rejects";
        }),
    ],
    [
      "heading level 7",
      () =>
        withChange((a) => {
          a.body[1].level = 7;
        }),
    ],
    [
      "width 0",
      () =>
        withChange((a) => {
          a.image!.width = 0;
        }),
    ],
    [
      "a fractional height",
      () =>
        withChange((a) => {
          a.image!.height = 1.5;
        }),
    ],
    [
      "list start -1",
      () =>
        withChange((a) => {
          a.body[4].start = -1;
        }),
    ],
    [
      "a number as inline",
      () =>
        withChange((a) => {
          a.body[0].children[1] = 7;
        }),
    ],
    [
      "a mention without text",
      () =>
        withChange((a) => {
          delete a.body[0].children[0].text;
        }),
    ],
    [
      "an empty id",
      () =>
        withChange((a) => {
          a.entities[0].id = "";
        }),
    ],
    [
      "a whitespace headline",
      () =>
        withChange((a) => {
          a.headline = "  ";
        }),
    ],
    [
      "a date-time without offset",
      () =>
        withChange((a) => {
          a.datePublished = "2015-09-11T10:00:00";
        }),
    ],
    [
      "February 30",
      () =>
        withChange((a) => {
          a.datePublished = "2015-02-30T10:00:00Z";
        }),
    ],
    [
      "a leap second",
      () =>
        withChange((a) => {
          a.datePublished = "2015-06-30T23:59:60Z";
        }),
    ],
    [
      "a date where a date-time is needed",
      () =>
        withChange((a) => {
          a.dateModified = "2015-09-11";
        }),
    ],
    [
      "a bad event date",
      () =>
        withChange((a) => {
          a.entities[11].startDate = "2015-13-01";
        }),
    ],
    [
      "a relative URL",
      () =>
        withChange((a) => {
          a.url = "/news/1";
        }),
    ],
    [
      "a javascript: URL",
      () =>
        withChange((a) => {
          a.body[0].children[4].url = "javascript:alert(1)";
        }),
    ],
    [
      "a URL with a tab",
      () =>
        withChange((a) => {
          a.url = "https://exa\tmple.com";
        }),
    ],
    [
      "a mailto: link",
      () =>
        withChange((a) => {
          a.body[0].children[4].url = "mailto:a@example.com";
        }),
    ],
    [
      "a mailto: url",
      () =>
        withChange((a) => {
          a.url = "mailto:a@example.com";
        }),
    ],
    [
      // Registration in the IANA registry ("English" is well-formed, not
      // registered) is beyond a JSON Schema; only the syntax is shared.
      "a language that is no tag",
      () =>
        withChange((a) => {
          a.language = "en_GB";
        }),
    ],
    [
      "an empty alt (decorative image)",
      () =>
        withChange((a) => {
          a.image!.alt = "";
        }),
    ],
  ];
  it.each(shape)("%s", (_name, doc) => {
    const input = doc();
    expect(byAjv(input)).toBe(byZod(input));
  });

  // Meaning needs the whole document, or code: the JSON Schema cannot say it,
  // so ajv accepts these and only parseArticle rejects them.
  const meaningOnly: [string, () => unknown][] = [
    [
      "a dangling author",
      () =>
        withChange((a) => {
          a.authors = ["nobody"];
        }),
    ],
    [
      "a Place as author",
      () =>
        withChange((a) => {
          a.authors = ["syria"];
        }),
    ],
    [
      "a duplicate id",
      () =>
        withChange((a) => {
          a.entities.push({ ...a.entities[1] });
        }),
    ],
    [
      "a quote span with other words",
      () =>
        withChange((a) => {
          a.quotes[0]!.text = "Other words";
        }),
    ],
    [
      "a claim without stance",
      () =>
        withChange((a) => {
          delete a.quotes[0]!.stance;
        }),
    ],
    [
      "dateModified before datePublished",
      () =>
        withChange((a) => {
          a.dateModified = "2015-01-01T00:00:00Z";
        }),
    ],
    [
      "a parent cycle",
      () =>
        withChange((a) => {
          a.entities[7].parentOrganization = "agency";
        }),
    ],
    [
      "a lone surrogate",
      () =>
        withChange((a) => {
          a.headline = "\ud800";
        }),
    ],
    [
      "a control character",
      () =>
        withChange((a) => {
          a.headline = "a\u0007b";
        }),
    ],
    [
      "a URL with user info",
      () =>
        withChange((a) => {
          a.url = "https://a@b.example/";
        }),
    ],
    [
      "a URL that does not parse",
      () =>
        withChange((a) => {
          a.url = "https://[::1/";
        }),
    ],
    [
      "a language tag of the right shape that BCP 47 rejects",
      () =>
        withChange((a) => {
          a.language = "en-US-US";
        }),
    ],
  ];
  it.each(meaningOnly)("%s: ajv accepts, parseArticle rejects", (_name, doc) => {
    const input = doc();
    expect(byAjv(input)).toBe(true);
    expect(byZod(input)).toBe(false);
  });

  it("never rejects what parseArticle accepts, and accepts what it accepts (fast-check)", () => {
    const key = fc.oneof(
      fc.constantFrom(
        "headline",
        "url",
        "type",
        "level",
        "width",
        "datePublished",
        "language",
        "mode",
        "children",
        "id",
        "text",
        "start",
        "x",
      ),
      fc.nat(14),
    );
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        "",
        " ",
        "https://a.example/",
        "2015-09-11T10:00:00Z",
        "2015-02-29",
        "en",
        "paragraph",
        2,
        0,
        -1,
        1.5,
      ),
    );
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 5 }), value, (path, replacement) => {
        const doc = JSON.parse(JSON.stringify(validArticle()));
        let target = doc;
        for (const k of path.slice(0, -1)) {
          if (typeof target !== "object" || target === null || !(k in target)) break;
          target = target[k];
        }
        if (typeof target === "object" && target !== null)
          target[path[path.length - 1]!] = replacement;
        if (!byAjv(doc)) expect(byZod(doc)).toBe(false);
        if (byZod(doc)) expect(byAjv(doc)).toBe(true);
      }),
      { numRuns: Number(process.env.NEWSDOC_FUZZ_RUNS ?? 1000) },
    );
  });
});
