import { type Article, defineNode, parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { describe, expect, it } from "vitest";
import { ansStoryErrors } from "./__fixtures__/ans-schema.js";
import { CUSTOM_NODE_SUBTYPE } from "./ans-subtypes.js";
import { toAnsWithReport } from "./to-ans.js";

/** A test-only custom node: ANS has no type for it. */
const scoreNode = defineNode<{ type: "ansTestScore"; home: number; away: number }>({
  type: "ansTestScore",
  // Rendering never runs the schema; a stand-in with zod's `safeParse` is enough here.
  schema: { safeParse: (input: unknown) => ({ success: true, data: input }) } as never,
});

const score = { type: "ansTestScore", home: 2, away: 1 };
const article = {
  ...example,
  body: [...example.body.slice(0, 2), score, { type: "blockquote", children: [score] }],
} as unknown as Article;

describe("a custom node in ANS", () => {
  it("becomes a custom_embed carrying the whole node, valid against ANS's schema", () => {
    const { story, report } = toAnsWithReport(parseArticle(article, { nodes: [scoreNode] }));
    const element = story.content_elements![2];
    expect(element).toEqual({
      type: "custom_embed",
      subtype: CUSTOM_NODE_SUBTYPE,
      embed: {
        id: "ansTestScore@body[2]",
        url: "newsdoc:ansTestScore",
        config: { node_type: "ansTestScore", node: score },
      },
    });
    const quote = story.content_elements![3] as { content_elements: unknown[] };
    expect(quote.content_elements[0]).toMatchObject({ embed: { config: { node: score } } });
    expect(ansStoryErrors(story)).toEqual([]);
    expect(report.filter((r) => r.path.startsWith("body[2]"))).toEqual([]);
  });
});
