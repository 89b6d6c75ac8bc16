import { stripAnnotations } from "@newsdoc/annotate";
import type { Entity } from "@newsdoc/core";
import { parseArticle, plainText } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { mentionsIn } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { ansFixtures, DATA_DIR } from "./__fixtures__/ans-schema.js";
import { fromAns } from "./from-ans.js";
import { toAns } from "./to-ans.js";

describe.skipIf(!DATA_DIR)("fromAns with annotate, on Arc's fixtures", () => {
  it.each(ansFixtures())(
    "%s: the same text, every added mention a registry name, and the article valid",
    (_name, story) => {
      const plain = fromAns(story);
      const { article, report, annotated } = fromAns(story, { annotate: true });
      expect(() => parseArticle(article)).not.toThrow();
      expect(plainText(article.body)).toBe(plainText(plain.article.body));
      const byId = new Map(article.entities.map((e) => [e.id, e]));
      expect(mentionsIn(article).length).toBe(
        mentionsIn(plain.article).length + (annotated?.mentions.length ?? 0),
      );
      for (const m of annotated?.mentions ?? []) {
        const entity = byId.get(m.entity);
        expect(
          [entity?.name, ...(entity?.alternateNames ?? [])].map((n) => n?.toLowerCase()),
        ).toContain(m.text.toLowerCase());
      }
      expect(report.filter((r) => r.message.startsWith("annotate added"))).toHaveLength(1);
    },
  );

  it("finds a shared registry's names in a fixture's text", () => {
    const story = ansFixtures().find(([n]) => n === "story-fixture-good.json")?.[1];
    const registry: Entity[] = [{ type: "CreativeWork", id: "first", name: "first paragraph" }];
    const { article, annotated } = fromAns(story, { annotate: { registry } });
    expect(annotated?.mentions.map((m) => m.entity)).toEqual(["first"]);
    expect(article.entities).toContainEqual(registry[0]);
  });
});

describe("fromAns with annotate, on the seed article", () => {
  it("proposes the mentions a story without markup lost, from the named entities", () => {
    // The seed article without its mentions and quote spans: what a CMS without newsdoc's hooks holds.
    const bare = stripAnnotations(example);
    const story = toAns(bare);
    const { article, annotated, report } = fromAns(story, { annotate: true });
    expect(plainText(article.body)).toBe(plainText(bare.body));
    expect(annotated?.mentions.length).toBeGreaterThan(10);
    const named = new Set(mentionsIn(article).map((m) => m.entity));
    // Peskov and the Kremlin are named in the text and are named entities of the story.
    expect(named.has("peskov")).toBe(true);
    expect(report.find((r) => r.message.startsWith("annotate added"))?.message).toMatch(
      /mentions \(of /,
    );
  });
});
