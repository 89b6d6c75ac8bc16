import { Writable } from "node:stream";
import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { articleArbitrary, fcParams, runs, validText } from "@newsdoc/test-utils";
import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { fixture } from "./__fixtures__/article.js";
import { publisherArticle, site } from "./document/__fixtures__/publisher.js";
import {
  type HtmlDocumentOptions,
  pipeHtml,
  pipeHtmlDocument,
  type ToHtmlOptions,
  toHtml,
  toHtmlChunks,
  toHtmlDocument,
  toHtmlDocumentChunks,
  toHtmlDocumentStream,
  toHtmlStream,
} from "./index.js";

const OPTIONS: readonly ToHtmlOptions[] = [
  {},
  { pretty: true },
  { appendix: ["quotes", "claims"], mentions: "text" },
  { appendix: "quotes", pretty: true, classPrefix: "x-" },
];
const DOCUMENT_OPTIONS: readonly HtmlDocumentOptions[] = [
  {},
  { pretty: true, site },
  { stylesheet: false, jsonLd: false, appendix: "claims" },
];
const paywalled = (article: Article, freeBlocks: number): Article => ({
  ...article,
  access: { kind: "subscription", freeBlocks },
});
const ARTICLES: readonly [string, Article][] = [
  ["the example", example],
  ["the fixture", fixture],
  ["the publisher fixture", publisherArticle],
  ["a paywall after the first block", paywalled(fixture, 1)],
  ["everything paywalled", paywalled(fixture, 0)],
  ["nothing paywalled", paywalled(fixture, 99)],
  ["an empty body", { ...fixture, body: [] }],
];

async function read(stream: ReadableStream<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

/** A Node Writable with a tiny buffer, so that `write` asks for "drain" often. */
function collector(): { sink: Writable; text: () => string } {
  let text = "";
  const sink = new Writable({
    highWaterMark: 16,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      text += chunk;
      setImmediate(done);
    },
  });
  return { sink, text: () => text };
}

describe("toHtmlChunks / toHtmlStream / pipeHtml", () => {
  for (const [name, article] of ARTICLES) {
    it(`joins to exactly toHtml for ${name}, with every option set`, async () => {
      for (const options of OPTIONS) {
        const whole = toHtml(article, options);
        expect([...toHtmlChunks(article, options)].join("")).toBe(whole);
        expect((await read(toHtmlStream(article, options))).join("")).toBe(whole);
        const { sink, text } = collector();
        await pipeHtml(article, sink, options);
        // Resolved when every chunk is accepted; ending the sink flushes what it buffered.
        await new Promise<void>((done) => sink.end(done));
        expect(text()).toBe(whole);
      }
    });
  }

  it("emits one chunk per top-level block, between the header and the end", () => {
    const chunks = [...toHtmlChunks(fixture)];
    // The header with the lead figure and <div class="nd-body">, a chunk per block, then </div>… </article>.
    expect(fixture.image).toBeDefined();
    expect(chunks.length).toBe(2 + fixture.body.length);
    const opened = parseFragment(`${chunks[0]}</div></article>`).childNodes;
    expect(opened).toHaveLength(1);
    const inArticle = (opened[0] as { childNodes: { tagName?: string; childNodes: unknown[] }[] })
      .childNodes;
    expect(inArticle.map((n) => n.tagName)).toEqual(["header", "figure", "div"]);
    expect(inArticle[2]!.childNodes).toHaveLength(0);
    const blocks = chunks.slice(1, 1 + fixture.body.length);
    const tags: Record<string, readonly string[]> = {
      paragraph: ["p"],
      heading: ["h2", "h3", "h4", "h5", "h6"],
      figure: ["figure"],
      blockquote: ["blockquote", "figure"],
      list: ["ul", "ol"],
      rule: ["hr"],
    };
    blocks.forEach((chunk, i) => {
      // Each chunk is one whole element, the block's.
      const nodes = parseFragment(chunk).childNodes;
      expect(nodes).toHaveLength(1);
      const tag = (nodes[0] as { tagName?: string }).tagName ?? "";
      expect(tags[fixture.body[i]!.type]).toContain(tag);
    });
  });

  it("is identical to the string path on generated articles with hostile text", () => {
    fc.assert(
      fc.property(
        articleArbitrary({ text: validText(), ids: "hostile", maxBlocks: 8 }),
        fc.constantFrom(...OPTIONS),
        (article, options) => {
          expect([...toHtmlChunks(article, options)].join("")).toBe(toHtml(article, options));
        },
      ),
      fcParams({ numRuns: runs(200) }),
    );
  });

  it("renders nothing before the first chunk is asked for, but checks options at once", () => {
    let calls = 0;
    const handlers: ToHtmlOptions["handlers"] = {
      paragraph: (node, ctx, base) => {
        calls++;
        return base(node, ctx);
      },
    };
    const chunks = toHtmlChunks(fixture, { handlers });
    expect(calls).toBe(0);
    [...chunks];
    expect(calls).toBeGreaterThan(0);
    expect(() => toHtmlChunks(fixture, { appendix: "nope" } as never)).toThrow(/options.appendix/);
  });

  it("errors the stream when a handler throws mid-way, after the chunks before it", async () => {
    let seen = 0;
    const handlers: ToHtmlOptions["handlers"] = {
      paragraph: (node, ctx, base) => {
        if (++seen === 2) throw new Error("paragraph two failed");
        return base(node, ctx);
      },
    };
    const iterator = toHtmlChunks(fixture, { handlers });
    const got: string[] = [];
    expect(() => {
      for (const chunk of iterator) got.push(chunk);
    }).toThrow("paragraph two failed");
    expect(got.length).toBeGreaterThan(0);
    seen = 0;
    await expect(read(toHtmlStream(fixture, { handlers }))).rejects.toThrow("paragraph two failed");
    seen = 0;
    const { sink } = collector();
    await expect(pipeHtml(fixture, sink, { handlers })).rejects.toThrow("paragraph two failed");
  });

  it("streams an article override not written in parts as one chunk, still identical", () => {
    const handlers: ToHtmlOptions["handlers"] = {
      article: (node, ctx, base) => ctx.helpers.html`<section>${base(node, ctx)}</section>`,
    };
    const chunks = [...toHtmlChunks(fixture, { handlers, pretty: true })];
    expect(chunks).toEqual([toHtml(fixture, { handlers, pretty: true })]);
  });

  it("rejects when the sink fails", async () => {
    const sink = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        done(new Error("disk full"));
      },
    });
    sink.on("error", () => {});
    await expect(pipeHtml(example, sink)).rejects.toThrow(/disk full|closed/);
  });
});

describe("toHtmlDocumentChunks / toHtmlDocumentStream / pipeHtmlDocument", () => {
  for (const [name, article] of ARTICLES) {
    it(`joins to exactly toHtmlDocument for ${name}`, async () => {
      for (const options of DOCUMENT_OPTIONS) {
        const whole = toHtmlDocument(article, options);
        const chunks = [...toHtmlDocumentChunks(article, options)];
        expect(chunks.join("")).toBe(whole);
        expect(chunks.length).toBeGreaterThan(article.body.length);
        expect((await read(toHtmlDocumentStream(article, options))).join("")).toBe(whole);
        const { sink, text } = collector();
        await pipeHtmlDocument(article, sink, options);
        // Resolved when every chunk is accepted; ending the sink flushes what it buffered.
        await new Promise<void>((done) => sink.end(done));
        expect(text()).toBe(whole);
      }
    });
  }

  it("checks the document's options at once", () => {
    expect(() => toHtmlDocumentChunks(example, { title: " " })).toThrow(/options.title/);
  });
});
