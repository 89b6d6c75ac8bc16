import type { Entity } from "@newsdoc/core";
import { parseArticle, plainText } from "@newsdoc/core";
import { mentionsIn } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { DATA_DIR, ninjsExamples } from "./__fixtures__/ninjs-schema.js";
import { fromNinjs } from "./from-ninjs.js";

const sample = (name: string) => ninjsExamples().find(([n]) => n === name)?.[1];

describe.skipIf(!DATA_DIR)("fromNinjs with annotate", () => {
  it.each(ninjsExamples())(
    "%s: the same text, every added mention a registry name, and the article valid",
    (_name, item) => {
      const plain = fromNinjs(item);
      const { article, report, annotated } = fromNinjs(item, { annotate: true });
      expect(() => parseArticle(article)).not.toThrow();
      expect(plainText(article.body)).toBe(plainText(plain.article.body));
      expect(annotated).toBeDefined();
      const names = new Map(article.entities.map((e) => [e.id, e]));
      const before = mentionsIn(plain.article).length;
      expect(mentionsIn(article).length).toBe(before + (annotated?.mentions.length ?? 0));
      for (const m of annotated?.mentions ?? []) {
        const entity = names.get(m.entity);
        expect(entity).toBeDefined();
        expect(
          [entity?.name, ...(entity?.alternateNames ?? [])].map((n) => n?.toLowerCase()),
        ).toContain(m.text.toLowerCase());
      }
      expect(report.filter((r) => r.message.startsWith("annotate added"))).toHaveLength(1);
    },
  );

  it("marks the places of IPTC's complex article where the body names them, and says so", () => {
    const { article, report, annotated } = fromNinjs(sample("005_complex_text_article.json"), {
      annotate: true,
    });
    const found = new Set(annotated?.mentions.map((m) => m.entity));
    const italy = article.entities.find((e) => e.name === "Italy");
    const tuscany = article.entities.find((e) => e.name === "Tuscany");
    expect(found.has(italy?.id ?? "")).toBe(true);
    expect(found.has(tuscany?.id ?? "")).toBe(true);
    expect(mentionsIn(article)).toContainEqual({ text: "Tuscany", entity: tuscany?.id });
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: "approximated",
        path: "body",
        message: expect.stringMatching(/^annotate added \d+ mentions \(of /),
      }),
    );
  });

  it("looks names up in a shared registry too, and adds only the entities it finds", () => {
    const registry: Entity[] = [
      { type: "Person", id: "domenico-pepe", name: "Domenico Pepe" },
      { type: "Place", id: "nowhere", name: "A place the article never names" },
    ];
    const { article, report } = fromNinjs(sample("005_complex_text_article.json"), {
      annotate: { registry },
    });
    expect(article.entities).toContainEqual(registry[0]);
    expect(article.entities.some((e) => e.id === "nowhere")).toBe(false);
    expect(mentionsIn(article)).toContainEqual({ text: "Domenico Pepe", entity: "domenico-pepe" });
    expect(report.find((r) => r.message.startsWith("annotate added"))?.message).toMatch(
      /1 entity from the shared registry \(domenico-pepe\)/,
    );
  });

  it("passes annotate's options on: no quotes when quotes is false, mentions still", () => {
    const { article, annotated } = fromNinjs(sample("005_complex_text_article.json"), {
      annotate: { quotes: false },
    });
    expect(annotated?.quotes).toEqual([]);
    expect(article.quotes).toEqual([]);
    expect(annotated?.mentions.length).toBeGreaterThan(0);
  });

  it("does nothing without the option, or with false", () => {
    const item = sample("005_complex_text_article.json");
    for (const options of [{}, { annotate: false }]) {
      const result = fromNinjs(item, options);
      expect(result.annotated).toBeUndefined();
      expect(result.report.some((r) => r.message.startsWith("annotate added"))).toBe(false);
    }
  });

  it("rejects a shared registry entity that is not valid, naming it", () => {
    const bad = [{ type: "Person", id: "x" }] as unknown as Entity[];
    expect(() => fromNinjs(sample("ntb_text.json"), { annotate: { registry: bad } })).toThrow(
      /options\.annotate\.registry\[0\] is not a valid entity/,
    );
    expect(() =>
      fromNinjs(sample("ntb_text.json"), { annotate: "yes" as unknown as boolean }),
    ).toThrow(/options\.annotate must be true, false or/);
  });
});
