import { parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import type { Entity } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { annotate } from "../annotate.js";
import { stripAnnotations } from "../strip-annotations.js";
import { keepReferenced } from "./keep-referenced.js";

describe("annotate with a shared registry", () => {
  // The seed article's text with a registry that knows Peskov, and its own without him.
  const draft = stripAnnotations(example);
  const peskov = example.entities.find((e) => e.id === "peskov") as Entity;
  const own = {
    ...draft,
    entities: draft.entities.filter((e) => e.id !== "peskov" && e.id !== "kremlin"),
  };
  const unused: Entity = { type: "Person", id: "nobody", name: "Nobody Named Here" };

  it("finds the shared registry's names and adds only the entities the article now refers to", () => {
    const kremlin = example.entities.find((e) => e.id === "kremlin") as Entity;
    const { article, report } = annotate(own, { registry: [peskov, kremlin, unused] });
    expect(() => parseArticle(article)).not.toThrow();
    expect(report.mentions.some((m) => m.entity === "peskov")).toBe(true);
    expect(article.entities.map((e) => e.id)).toContain("peskov");
    expect(article.entities.map((e) => e.id)).not.toContain("nobody");
  });

  it("skips a shared entity whose id the article already has, keeping the article's own", () => {
    const renamed: Entity = { ...peskov, name: "Someone Else Entirely" };
    const { article } = annotate(draft, { registry: [renamed] });
    expect(article.entities.filter((e) => e.id === "peskov")).toEqual([peskov]);
  });

  it("rejects a registry that is not a list of entities", () => {
    expect(() => annotate(draft, { registry: [{ id: 1 }] as unknown as Entity[] })).toThrow(
      /options\.registry must be an array of entities/,
    );
  });
});

describe("keepReferenced", () => {
  it("keeps an added entity only a kept one refers to (an affiliation), and the article's own always", () => {
    const org: Entity = { type: "Organization", id: "org", name: "Org" };
    const person: Entity = { type: "Person", id: "p", name: "P", affiliation: "org" };
    const stray: Entity = { type: "Place", id: "stray", name: "Stray" };
    const article = {
      ...stripAnnotations(example),
      body: [
        {
          type: "paragraph" as const,
          children: [{ type: "mention" as const, entity: "p", text: "P" }],
        },
      ],
    };
    const kept = keepReferenced(
      { ...article, entities: [...article.entities, person, org, stray] },
      new Set(["p", "org", "stray"]),
    );
    const ids = kept.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["p", "org", ...article.entities.map((e) => e.id)]));
    expect(ids).not.toContain("stray");
  });
});
