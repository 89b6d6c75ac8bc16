import type { Article, Block, Inline } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { fixture } from "../__fixtures__/article.js";
import { toHtml } from "../to-html.js";

/** The body's HTML for these blocks, inside the fixture's registries. */
function body(blocks: Block[], options: Parameters<typeof toHtml>[1] = {}): string {
  const out = toHtml({ ...fixture, body: blocks }, options);
  return out.slice(out.indexOf('<div class="nd-body">') + 21, out.lastIndexOf("</div>"));
}
const para = (...children: Inline[]): Block => ({ type: "paragraph", children });

describe("inline handlers", () => {
  it("text is escaped", () => {
    expect(body([para("<b>&amp;</b>")])).toBe("<p>&lt;b&gt;&amp;amp;&lt;/b&gt;</p>");
  });

  it("emphasis, strong and break", () => {
    expect(
      body([
        para(
          { type: "emphasis", children: ["a"] },
          { type: "break" },
          { type: "strong", children: ["b"] },
        ),
      ]),
    ).toBe("<p><em>a</em><br><strong>b</strong></p>");
  });

  it("link: safe href and escaped title; an unsafe URL leaves the words", () => {
    expect(
      body([para({ type: "link", url: "https://e.com/?a=1&b=2", title: '"t"', children: ["x"] })]),
    ).toBe('<p><a href="https://e.com/?a=1&amp;b=2" title="&quot;t&quot;">x</a></p>');
    expect(body([para({ type: "link", url: "javascript:alert(1)", children: ["x"] })])).toBe(
      "<p>x</p>",
    );
  });

  it("mention: a link to url, else first sameAs, else a span; always data-entity", () => {
    expect(body([para({ type: "mention", entity: "sharkov", text: "Sharkov" })])).toBe(
      '<p><a class="nd-mention" href="https://news.example.com/authors/damien-sharkov" data-entity="sharkov">Sharkov</a></p>',
    );
    expect(body([para({ type: "mention", entity: "syria", text: "Syria" })])).toContain(
      'href="https://www.wikidata.org/wiki/Q858"',
    );
    expect(body([para({ type: "mention", entity: "tass", text: "Tass" })])).toBe(
      '<p><span class="nd-mention" data-entity="tass">Tass</span></p>',
    );
  });

  it('mention: options.mentions "text" never links', () => {
    expect(
      body([para({ type: "mention", entity: "syria", text: "Syria" })], { mentions: "text" }),
    ).toBe('<p><span class="nd-mention" data-entity="syria">Syria</span></p>');
  });

  it("mention: an entity whose URL is unsafe is a span", () => {
    const article: Article = {
      ...fixture,
      entities: [{ type: "Place", id: "x", name: "X", url: "javascript:alert(1)" }],
      body: [para({ type: "mention", entity: "x", text: "X" })],
      authors: [],
      image: undefined as never,
    };
    delete (article as Partial<Article>).image;
    expect(toHtml(article)).toContain('<span class="nd-mention" data-entity="x">X</span>');
  });

  it("quote: a span with data-quote and data-speaker, keeping the text's own marks", () => {
    expect(body([para({ type: "quote", quote: "q-mod-denial", children: ['"astounded"'] })])).toBe(
      '<p><span class="nd-quote" data-quote="q-mod-denial" data-speaker="mod-spokesperson">"astounded"</span></p>',
    );
  });

  it("a dangling reference is a NewsdocRenderError naming the id", () => {
    expect(() => body([para({ type: "mention", entity: "nobody", text: "x" })])).toThrowError(
      /entity "nobody"/,
    );
    expect(() => body([para({ type: "quote", quote: "q-none", children: ["x"] })])).toThrowError(
      /quote "q-none"/,
    );
  });
});

describe("block handlers", () => {
  it("headings 2–6; any other level is a NewsdocRenderError, never a tag", () => {
    expect(body([{ type: "heading", level: 3, children: ["H"] }])).toBe(`<h3 id="h">H</h3>`);
    expect(() =>
      body([{ type: "heading", level: '2 onclick="x"' as never, children: ["H"] }]),
    ).toThrowError(/levels are 2 to 6/);
  });

  it("lists: ul, ol, and start only when it is an integer other than 1", () => {
    const items = [{ type: "listItem" as const, children: ["a"] }];
    expect(body([{ type: "list", children: items }])).toBe("<ul><li>a</li></ul>");
    expect(body([{ type: "list", ordered: true, start: 1, children: items }])).toBe(
      "<ol><li>a</li></ol>",
    );
    expect(body([{ type: "list", ordered: true, start: 0, children: items }])).toBe(
      '<ol start="0"><li>a</li></ol>',
    );
    expect(
      body([{ type: "list", ordered: true, start: '1" onclick="x' as never, children: items }]),
    ).toBe("<ol><li>a</li></ol>");
  });

  it("rule", () => {
    expect(body([{ type: "rule" }])).toBe("<hr>");
  });

  it("blockquote without a quote: cite checked; with a quote: figure and attribution", () => {
    expect(body([{ type: "blockquote", cite: "data:x", children: [para("q")] }])).toBe(
      '<blockquote class="nd-blockquote"><p>q</p></blockquote>',
    );
    const withQuote = body([
      { type: "blockquote", quote: "q-peskov-hypothetically", children: [para("q")] },
    ]);
    expect(withQuote).toBe(
      '<figure class="nd-quotation"><blockquote class="nd-blockquote" data-quote="q-peskov-hypothetically"><p>q</p></blockquote><figcaption class="nd-attribution">— <a class="nd-speaker" href="https://www.wikidata.org/wiki/Q4160385" data-entity="peskov">Dmitry Peskov</a>, via <span class="nd-mention" data-entity="tass">Itar Tass</span></figcaption></figure>',
    );
  });

  it("figure: img only with a safe URL, positive integer dimensions, lazy in the body", () => {
    expect(
      body([
        {
          type: "figure",
          image: { url: "https://e.com/a.jpg", alt: 'A "b"', width: 640, height: -1 },
        },
      ]),
    ).toBe(
      '<figure class="nd-figure"><img class="nd-image" src="https://e.com/a.jpg" alt="A &quot;b&quot;" width="640" loading="lazy" decoding="async"></figure>',
    );
    expect(body([{ type: "figure", image: { url: "javascript:x" } }])).toBe("");
    expect(body([{ type: "figure", image: { credit: { text: "C" } } }])).toBe(
      '<figure class="nd-figure"><figcaption class="nd-caption"><small class="nd-credit">C</small></figcaption></figure>',
    );
  });
});

describe("article", () => {
  it("header: headline, dek, byline from authors, dates; lead figure loads eagerly", () => {
    const out = toHtml(fixture);
    expect(
      out.startsWith(
        '<article class="nd-article" lang="en"><header class="nd-header"><h1 class="nd-headline">',
      ),
    ).toBe(true);
    expect(out).toContain(
      '<p class="nd-byline">By <a class="nd-author" href="https://news.example.com/authors/damien-sharkov" data-entity="sharkov">Damien Sharkov</a></p>',
    );
    expect(out).toContain(
      '<p class="nd-dateline">Published <time class="nd-published" datetime="2015-09-11T10:00:00+01:00">11 September 2015</time> · Updated <time class="nd-modified" datetime="2015-09-11T12:30:00+01:00">11 September 2015</time></p>',
    );
    expect(out).toContain('loading="eager"');
    expect(out).toContain('<figure class="nd-figure nd-lead">');
  });

  it("leaves out what is unknown: no dek, byline, dates or lead figure", () => {
    const {
      alternativeHeadline: _a,
      datePublished: _d,
      dateModified: _m,
      image: _i,
      ...rest
    } = fixture;
    const out = toHtml({ ...rest, authors: [], body: [] });
    expect(out).toBe(
      '<article class="nd-article" lang="en"><header class="nd-header"><h1 class="nd-headline">Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus</h1></header><div class="nd-body"></div></article>',
    );
  });

  it("prints the byline as given rather than the authors", () => {
    expect(toHtml({ ...fixture, byline: "By D. Sharkov & staff" })).toContain(
      '<p class="nd-byline">By D. Sharkov &amp; staff</p>',
    );
  });

  it("uses options.formatDate and options.labels", () => {
    const out = toHtml(fixture, {
      formatDate: (iso, kind) => `${kind}:${iso.slice(0, 4)}`,
      labels: { published: "Veröffentlicht", modified: "Aktualisiert" },
    });
    expect(out).toContain(
      'Veröffentlicht <time class="nd-published" datetime="2015-09-11T10:00:00+01:00">published:2015</time>',
    );
    expect(out).toContain("Aktualisiert <time");
  });

  it("applies options.classPrefix everywhere and refuses an unsafe one", () => {
    const out = toHtml(fixture, { classPrefix: "news__", appendix: ["quotes", "claims"] });
    expect(out).not.toMatch(/class="[^"]*\bnd-/);
    expect(out).toContain('class="news__mention"');
    expect(() => toHtml(fixture, { classPrefix: '"><script>' })).toThrowError(TypeError);
  });

  it("adds the appendices asked for, in a fixed order, once each", () => {
    const out = toHtml(fixture, { appendix: ["claims", "quotes", "claims"] });
    const quotes = out.indexOf('class="nd-appendix nd-quotes"');
    const claims = out.indexOf('class="nd-appendix nd-claims"');
    expect(quotes).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(quotes);
    expect(out.split("nd-appendix nd-claims").length).toBe(2);
    expect(out).toContain(
      '<dd class="nd-quote-entry" data-quote="q-mod-denial" data-mode="partial"><q>The Eastern Military District is astounded by the attempts of correspondents</q> <span class="nd-quote-meta">told Tass on Friday (partial quotation)</span></dd>',
    );
    expect(out).toContain('<tr data-stance="denies"><th scope="row">denies</th>');
    expect(
      toHtml({ ...fixture, quotes: [], claims: [], body: [] }, { appendix: ["quotes", "claims"] }),
    ).not.toContain("<aside");
  });

  it("refuses bad options with clear TypeErrors", () => {
    expect(() => toHtml(fixture, { appendix: "sources" as never })).toThrowError(
      /options.appendix/,
    );
    expect(() => toHtml(fixture, { mentions: "links" as never })).toThrowError(/options.mentions/);
    expect(() => toHtml(fixture, { labels: { via: 1 as never } })).toThrowError(/labels.via/);
  });
});
