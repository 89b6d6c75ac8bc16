import { Writable } from "node:stream";
import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { articleArbitrary, fcParams, runs, validText } from "@newsdoc/test-utils";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import {
  type MarkdownOptions,
  pipeMarkdown,
  type ToMarkdownOptions,
  toMarkdown,
  toMarkdownChunks,
  toMarkdownStream,
} from "./index.js";

const OPTIONS: readonly Partial<MarkdownOptions>[] = [
  {},
  { frontMatter: true, appendix: "quotes" },
  { appendix: "claims", mentions: "text" },
];

async function read(stream: ReadableStream<string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}

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

const twoLists: Article = {
  ...example,
  body: [
    { type: "list", children: [{ type: "listItem", children: ["one"] }] },
    { type: "list", children: [{ type: "listItem", children: ["two"] }] },
    { type: "paragraph", children: ["after"] },
    { type: "list", children: [{ type: "listItem", children: ["three"] }] },
  ],
};

describe("toMarkdownChunks / toMarkdownStream / pipeMarkdown", () => {
  const cases: [string, Article][] = [
    ["the example", example],
    ["two lists in a row (markers alternate across chunks)", twoLists],
    ["an empty body", { ...example, body: [] }],
  ];
  for (const [name, article] of cases) {
    it(`joins to exactly toMarkdown for ${name}`, async () => {
      for (const options of OPTIONS) {
        const whole = toMarkdown(article, options);
        expect([...toMarkdownChunks(article, options)].join("")).toBe(whole);
        expect(await read(toMarkdownStream(article, options))).toBe(whole);
        const { sink, text } = collector();
        await pipeMarkdown(article, sink, options);
        // Resolved when every chunk is accepted; ending the sink flushes what it buffered.
        await new Promise<void>((done) => sink.end(done));
        expect(text()).toBe(whole);
      }
    });
  }

  it("emits one chunk per top-level block, each a whole CommonMark block", () => {
    const chunks = [...toMarkdownChunks(twoLists)];
    const body = chunks.filter((c) => /^(\n\n)?(- |\* |after)/.test(c));
    expect(body).toHaveLength(4);
    // Read back, the two adjacent lists stay two lists.
    const tree = fromMarkdown(chunks.join(""));
    expect(tree.children.filter((n) => n.type === "list")).toHaveLength(3);
  });

  it("is identical to the string path on generated articles with hostile text", () => {
    fc.assert(
      fc.property(
        articleArbitrary({ text: validText(), ids: "hostile", maxBlocks: 8 }),
        fc.constantFrom(...OPTIONS),
        (article, options) => {
          expect([...toMarkdownChunks(article, options)].join("")).toBe(
            toMarkdown(article, options),
          );
        },
      ),
      fcParams({ numRuns: runs(200) }),
    );
  });

  it("skips a block an override renders empty, as the string path does", () => {
    const handlers: ToMarkdownOptions["handlers"] = {
      paragraph: (node, ctx, base) => (ctx.index === 0 ? ("" as never) : base(node, ctx)),
    };
    const whole = toMarkdown(example, { handlers });
    expect([...toMarkdownChunks(example, { handlers })].join("")).toBe(whole);
  });

  it("errors the stream when a handler throws mid-way", async () => {
    const handlers: ToMarkdownOptions["handlers"] = {
      paragraph: (node, ctx, base) => {
        if (ctx.index === 3) throw new Error("block three failed");
        return base(node, ctx);
      },
    };
    const got: string[] = [];
    expect(() => {
      for (const chunk of toMarkdownChunks(example, { handlers })) got.push(chunk);
    }).toThrow("block three failed");
    expect(got.length).toBeGreaterThan(1);
    await expect(read(toMarkdownStream(example, { handlers }))).rejects.toThrow(
      "block three failed",
    );
  });
});
