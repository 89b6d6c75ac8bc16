import { type Article, defineNode, parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { toNinjsWithReport } from "./to-ninjs.js";

/** A test-only custom node: ninjs has no place for it. */
const scoreNode = defineNode<{ type: "ninjsTestScore"; home: number; away: number }>({
  type: "ninjsTestScore",
  // Rendering never runs the schema; a stand-in with zod's `safeParse` is enough here.
  schema: { safeParse: (input: unknown) => ({ success: true, data: input }) } as never,
  text: (score) => `${score.home}–${score.away}`,
});

const score = { type: "ninjsTestScore", home: 2, away: 1 };
const article = parseArticle(
  { ...example, body: [...example.body.slice(0, 2), score] } as unknown as Article,
  { nodes: [scoreNode] },
);

describe("a custom node in ninjs", () => {
  const { item, report } = toNinjsWithReport(article);

  it("body_html keeps its plain text, marked with its type", () => {
    const html = item.bodies?.find((b) => b.contentType === "text/html")?.value ?? "";
    const found = JSON.stringify(parseFragment(html), (key, value) =>
      key === "parentNode" ? undefined : value,
    );
    expect(found).toContain('"name":"data-newsdoc-custom","value":"ninjsTestScore"');
    expect(found).toContain('"value":"2–1"');
  });

  it("the report says its data was dropped, and where", () => {
    expect(report).toContainEqual({
      kind: "dropped",
      path: "body[2]",
      message: expect.stringContaining('custom "ninjsTestScore" node'),
    });
  });
});
