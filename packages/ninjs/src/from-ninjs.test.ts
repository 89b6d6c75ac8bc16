import type { Article, Block, Image } from "@newsdoc/core";
import { parseArticle, plainText } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import {
  articleArbitrary,
  fcParams,
  scaledTimeout,
  withPublisherFields,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximalArticle } from "../../jsonld/src/__fixtures__/maximal-article.js";
import {
  DATA_DIR,
  describeErrors,
  ninjsExamples,
  ninjsValidator,
} from "./__fixtures__/ninjs-schema.js";
import { fromNinjs } from "./from-ninjs.js";
import { httpUrlAsUri } from "./item-uri.js";
import { NinjsImportError } from "./read/ninjs-import-error.js";
import { toNinjs } from "./to-ninjs.js";

const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** The text of an item's body as IPTC wrote it: its plain-text body, else its HTML body's text. */
function sourceText(item: Record<string, unknown>): string {
  const bodies = (item.bodies ?? []) as { contentType?: string; value: string }[];
  const plain = bodies.find((b) => b.contentType === undefined || b.contentType === "text/plain");
  return words(plain?.value ?? "");
}

describe.skipIf(!DATA_DIR)("every IPTC sample item", () => {
  const validate = ninjsValidator();
  it.each(ninjsExamples())(
    "%s imports, validates, re-exports schema-valid and keeps its text",
    (_name, item) => {
      const { article, report } = fromNinjs(item);
      expect(() => parseArticle(article)).not.toThrow();
      const again = toNinjs(article);
      expect(validate(again), describeErrors(validate)).toBe(true);
      expect(words(plainText(article.body.filter((b) => b.type !== "figure")))).toBe(
        sourceText(item as Record<string, unknown>),
      );
      for (const entry of report) expect(entry.message).toMatch(/[.)]$/);
    },
  );

  it("reads 005's people, places and organisations with their relations and URIs", () => {
    const item = ninjsExamples().find(([n]) => n === "005_complex_text_article.json")?.[1];
    const { article, report } = fromNinjs(item);
    expect(article.language).toBe("en");
    expect(article.entities).toContainEqual({
      type: "Person",
      id: "francesco-schettino",
      name: "Francesco Schettino",
      sameAs: ["http://www.wikidata.org/entity/Q4421821"],
    });
    expect(article.about).toEqual(["francesco-schettino"]);
    expect(article.entities.map((e) => e.type)).toEqual(
      expect.arrayContaining(["Place", "Organization", "Person"]),
    );
    expect(report.map((r) => r.path)).toEqual(
      expect.arrayContaining(["profile", "copyrightNotice", "located", "bodies[0]"]),
    );
  });

  it("reads NTB's item: language, dates, description, subjects and the agency as author", () => {
    const item = ninjsExamples().find(([n]) => n === "ntb_text.json")?.[1];
    const { article } = fromNinjs(item);
    expect(article).toMatchObject({
      id: "urn:8d19cf88-b3ab-4972-8fec-1207599f2872",
      language: "nb-NO",
      headline: "Google har kjøpt giganttomt i Skien",
      datePublished: "2019-08-09T09:30:04Z",
      dateModified: "2019-08-09T09:46:53Z",
      keywords: ["Innenriks", "Teknologi", "Industri", "Olje og energi"],
      byline: "NTB",
    });
    expect(article.entities).toContainEqual({ type: "Organization", id: "ntb", name: "NTB" });
    expect(article.authors).toEqual(["ntb"]);
  });
});

/** The article with every image dimension of 1 made 2. */
function withoutPixels(article: Article): Article {
  return JSON.parse(JSON.stringify(article), (key, value) =>
    (key === "width" || key === "height") && value === 1 ? 2 : value,
  ) as Article;
}

/** Quote spans replaced by their words (for generated articles, whose quotes may contradict their spans). */
function unwrapSpans<T>(value: T): T {
  if (Array.isArray(value))
    return value.flatMap((v) => (isSpan(v) ? unwrapSpans(v.children) : [unwrapSpans(v)])) as T;
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapSpans(v)])) as T;
}
const isSpan = (v: unknown): v is { children: unknown[] } =>
  typeof v === "object" && v !== null && (v as { type?: unknown }).type === "quote";

/**
 * Whether a pull quote names a quote that a blockquote contradicts (the
 * blockquote cites it with other words). ninjs carries no quote registry,
 * so fromHtml rebuilds the quote from the blockquote's words and the pull
 * quote, whose words then differ, comes back as a block quotation, reported
 * (the fixed test below). Generated articles can do this; real ones do not.
 */
function contradictedPullQuote(article: Article): boolean {
  const cited = new Map<string, string>();
  const pulled = new Set<string>();
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === "pullQuote") pulled.add(b.quote);
      if (b.type === "blockquote" && b.quote !== undefined)
        cited.set(b.quote, plainText(b.children));
      if (b.type === "blockquote" || b.type === "aside") walk(b.children);
    }
  };
  walk(article.body);
  return article.quotes.some(
    (q) => pulled.has(q.id) && cited.has(q.id) && cited.get(q.id)!.trim() !== q.text,
  );
}

/** HTML has one text node where the model may have several: adjacent strings of `children` and `caption` merged, empty ones gone. */
function mergeText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(mergeText) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // An aside's title is inline text too: adjacent strings come back as one.
    if ((key === "children" || key === "caption" || key === "title") && Array.isArray(v)) {
      const merged: unknown[] = [];
      for (const node of v) {
        const last = merged[merged.length - 1];
        if (typeof node === "string" && typeof last === "string")
          merged[merged.length - 1] = last + node;
        else if (node !== "") merged.push(mergeText(node));
      }
      out[key] = merged;
    } else out[key] = mergeText(v);
  }
  return out as T;
}

const sorted = (ids: readonly string[] | undefined) =>
  ids && ids.length > 0 ? [...new Set(ids)].sort() : undefined;

/**
 * Blocks as ninjs keeps them: a body figure's HTML has no entity links
 * (about, creators, providers), and a figure with neither file, caption nor
 * credit has no HTML at all (nor has a blockquote left empty by it).
 */
function keptBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === "figure") {
      const image: Image = { ...block.image };
      delete image.about;
      if (image.credit) image.credit = { text: image.credit.text };
      // Without a file there is no <img>: its alt text and size have nowhere to go.
      // An image of 1 pixel is read as a tracking pixel (and reported), not a picture.
      if (image.width === 1 || image.height === 1) delete image.url;
      if (image.url === undefined) {
        delete image.alt;
        delete image.width;
        delete image.height;
      }
      // Its other sizes go into the HTML's srcset, which is the HTML importer's to read back (it reports what it does not keep).
      delete image.renditions;
      const empty = image.url === undefined && !image.caption?.length && image.credit === undefined;
      return empty ? [] : [{ ...block, image }];
    }
    if (block.type === "blockquote") {
      const children = keptBlocks(block.children);
      if (children.length === 0) return [];
      const out = { ...block, children };
      // A blockquote's quote is rebuilt by fromHtml from its words and
      // attribution, where it can (see the fixtures' test): not compared here.
      delete out.quote;
      return [out];
    }
    if (block.type === "aside") return [{ ...block, children: keptBlocks(block.children) }];
    if (block.type === "list") {
      // HTML says <ul> or <ol>, and start only when it is not 1.
      const list = { ...block };
      if (list.ordered !== true) {
        delete list.ordered;
        delete list.start;
      } else if (list.start === 1) delete list.start;
      return [list];
    }
    return [block];
  });
}

/** What the README's table says a round trip through ninjs keeps. */
function kept(article: Article) {
  const entity = (id: string) => article.entities.find((e) => e.id === id);
  const body = keptBlocks(article.body);
  return {
    id: article.id,
    url: article.url,
    language: article.language,
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.description,
    section: article.section,
    keywords: article.keywords,
    datePublished: article.datePublished,
    dateModified: article.dateModified === article.datePublished ? undefined : article.dateModified,
    // ninjs lists people before organisations: authors keep their order within each kind.
    authors: [
      ...article.authors.filter((id) => entity(id)?.type === "Person"),
      ...article.authors.filter((id) => entity(id)?.type !== "Person"),
    ],
    publisher: article.publisher,
    about: sorted(article.about),
    // ninjs has no access field (reported on export).
    // The dateline is `located`, a place's name: it reads back as the first place of that name.
    dateline:
      article.dateline &&
      article.entities.find(
        (e) => e.type === "Place" && e.name === entity(article.dateline as string)?.name,
      )?.id,
    // A ninjs description has no date: a correction is dated by the item's version (without one, it is left out).
    corrections:
      article.dateModified || article.datePublished
        ? article.corrections?.map((c) => ({
            date: article.dateModified ?? article.datePublished,
            text: c.text,
          }))
        : undefined,
    backstory: article.backstory,
    sectionPath: article.sectionPath?.map((s) => ({ name: s.name, url: httpUrlAsUri(s.url) })),
    translations: article.translations,
    image: article.image && {
      ...article.image,
      // ninjs URIs hold only RFC 3986 characters: others come back percent-encoded.
      url: article.image.url && httpUrlAsUri(article.image.url),
      renditions: article.image.renditions?.map((r) => ({ ...r, url: httpUrlAsUri(r.url) })),
      // A caption of whitespace only is no caption.
      caption:
        article.image.caption && /\S/.test(plainText(article.image.caption))
          ? article.image.caption
          : undefined,
      about: sorted(article.image.about),
      credit: article.image.credit && {
        ...article.image.credit,
        creators: sorted(article.image.credit.creators),
        providers: sorted(article.image.credit.providers),
      },
    },
    body,
    // The registry comes back grouped by kind (people, organisations, …): compared by id.
    entities: article.entities
      .map((e) => ({ id: e.id, type: e.type, name: e.name }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    // Quotes come back from the body's spans, in body order: compared by id.
    speakers: article.quotes
      .map((q) => [q.id, q.speaker])
      .filter(([id]) => JSON.stringify(body).includes(JSON.stringify(id)))
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
  };
}

describe("fromNinjs(toNinjs(article)) keeps what the table says", () => {
  const roundTrip = (article: Article) => {
    const { article: back } = fromNinjs(toNinjs(article));
    const got = mergeText(kept(back));
    const want = mergeText(kept(article));
    // Quotes come back from the body's spans only, with the speaker the span names.
    got.speakers = got.speakers.filter(([id]) => want.speakers.some(([w]) => w === id));
    return { got, want, back };
  };

  it("for the example", () => {
    const { got, want } = roundTrip(example);
    expect(got).toEqual(want);
  });

  it("for the maximal fixture", () => {
    const { got, want } = roundTrip(maximalArticle);
    expect(got).toEqual(want);
  });

  it("a pull quote whose quote a blockquote contradicts comes back as a block quotation, reported (regression)", () => {
    // Found by the property below (seed 270381733): the blockquote cites the quote with other words.
    const article: Article = {
      ...example,
      body: [
        {
          type: "blockquote",
          quote: example.quotes[0]!.id,
          children: [{ type: "paragraph", children: ["#"] }],
        },
        { type: "pullQuote", quote: example.quotes[0]!.id },
      ],
    };
    expect(contradictedPullQuote(article)).toBe(true);
    const { article: back, report } = fromNinjs(toNinjs(article));
    expect(back.body.map((b) => b.type)).toEqual(["blockquote", "blockquote"]);
    expect(report.some((i) => /A pull quote whose quote cannot be kept/.test(i.message))).toBe(
      true,
    );
  });

  it("for a modification date at the publication's instant, spelled differently", () => {
    const sameInstant: Article = {
      ...example,
      datePublished: "1990-01-01T00:00:00+00:00",
      dateModified: "1990-01-01T00:00:00.000Z",
    };
    expect(fromNinjs(toNinjs(sameInstant)).article.dateModified).toBe("1990-01-01T00:00:00.000Z");
    const { got, want } = roundTrip(sameInstant);
    expect(got).toEqual(want);
  });

  it("rebuilds the quotes of the maximal fixture's blockquotes, with their speakers", () => {
    const { article: back } = fromNinjs(toNinjs(maximalArticle));
    const quoted = maximalArticle.body.filter(
      (b) => b.type === "blockquote" && b.quote !== undefined,
    );
    const backQuoted = back.body.filter((b) => b.type === "blockquote" && b.quote !== undefined);
    expect(backQuoted.length).toBe(quoted.length);
  });

  it("keeps the byline when the article has one, and writes none from the authors' names", () => {
    const noByline = { ...maximalArticle };
    delete noByline.byline;
    expect(fromNinjs(toNinjs(noByline)).article.byline).toBeUndefined();
    expect(fromNinjs(toNinjs(maximalArticle)).article.byline).toBe(maximalArticle.byline);
  });

  it(
    "for property-generated articles, hostile text and ids included",
    () => {
      fc.assert(
        // fromHtml reads a 1-pixel image as a tracking pixel (and says so): generated sizes start at 2.
        fc.property(
          withPublisherFields(articleArbitrary({ ids: "hostile" })).map(withoutPixels),
          (article) => {
            fc.pre(!contradictedPullQuote(article));
            const { got, want } = roundTrip(article);
            // A generated quote's words need not match all its spans (one quote, two spans with
            // other words): fromHtml rebuilds what is consistent. The fixtures test spans exactly.
            expect(mergeText(unwrapSpans({ ...got, speakers: [] }))).toEqual(
              mergeText(unwrapSpans({ ...want, speakers: [] })),
            );
          },
        ),
        fcParams(),
      );
    },
    scaledTimeout(300_000),
  );
});

describe("fromNinjs on bad input", () => {
  it("throws NinjsImportError for what is not an item at all", () => {
    expect(() => fromNinjs("text")).toThrow(NinjsImportError);
    expect(() => fromNinjs({ type: "text" })).toThrow(/has no uri/);
  });

  it("reports wrong types and invalid values instead of crashing", () => {
    const { article, report } = fromNinjs({
      uri: "urn:x",
      headlines: "not a list",
      bodies: [{ value: "one\r\n\r\ntwo\u0000" }, 7],
      language: "not a language!",
      firstCreated: "yesterday",
      people: [{ name: "A\ud800B", uri: "javascript:alert(1)" }, {}],
    });
    expect(() => parseArticle(article)).not.toThrow();
    expect(article.body).toEqual([
      { type: "paragraph", children: ["one"] },
      { type: "paragraph", children: ["two"] },
    ]);
    expect(article.entities).toEqual([{ type: "Person", id: "a-b", name: "A\ufffdB" }]);
    expect(report.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "headlines",
        "bodies[1]",
        "language",
        "firstCreated",
        "people[0].uri",
        "people[1]",
      ]),
    );
  });
});
