import { article } from "@newsdoc/core/example";
import type { Entity, Inline } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { inlineRanges } from "./inline-ranges.js";
import { readSourceArticle } from "./source-article.js";

const source = readSourceArticle();

/*
 * Entities the body names only inside a phrase whose one mention is of
 * something else: "Israeli and U.K. media" mentions the U.K.; the two
 * groups of media are the claim's parties, without a mention of their own.
 */
const namedOnlyInStances = new Set(["israeli-media", "uk-media"]);

/** Every (name, entity) pair, longest names first so "Walid Muallem" wins over "Muallem". */
const names = article.entities
  .filter((entity) => !namedOnlyInStances.has(entity.id))
  .flatMap((entity) =>
    [entity.name, ...(entity.alternateNames ?? [])].map((name) => ({ name, entity })),
  )
  .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Occurrences of `name` in `text` that are whole words. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) found.push(at);
  }
  return found;
}

interface Problem {
  where: string;
  name: string;
  at: number;
  entities: string[];
}

/** Names in `nodes` that are not exactly covered by a mention of an entity carrying that name. */
function uncovered(nodes: readonly Inline[], where: string): Problem[] {
  const { text, mentions } = inlineRanges(nodes);
  const claimed: [number, number][] = [];
  const problems: Problem[] = [];
  for (const { name } of names) {
    const carriers = names.filter((n) => n.name === name).map((n) => n.entity.id);
    for (const at of occurrences(text, name)) {
      const end = at + name.length;
      if (claimed.some(([s, e]) => at < e && s < end)) continue;
      claimed.push([at, end]);
      const ok = mentions.some(
        (m) => m.start === at && m.end === end && carriers.includes(m.entity),
      );
      if (!ok) problems.push({ where, name, at, entities: carriers });
    }
  }
  return problems;
}

const entityById = new Map<string, Entity>(article.entities.map((entity) => [entity.id, entity]));
const paragraphs = article.body.flatMap((block) => (block.type === "paragraph" ? [block] : []));
const caption = article.image?.caption ?? [];
const allMentions = [caption, ...paragraphs.map((p) => p.children)].flatMap(
  (nodes) => inlineRanges(nodes).mentions,
);

describe("mentions in the example article", () => {
  it("covers every name of every entity in the body with a mention of that entity", () => {
    const problems = paragraphs.flatMap((p, i) => uncovered(p.children, `body[${i}]`));
    expect(problems).toEqual([]);
  });

  it("covers every name in the photo caption too", () => {
    expect(uncovered(caption, "image.caption")).toEqual([]);
  });

  it("uses, in each mention, the entity's name or one of its alternate names", () => {
    const wrong = allMentions.filter((m) => {
      const entity = entityById.get(m.entity);
      return !entity || ![entity.name, ...(entity.alternateNames ?? [])].includes(m.text);
    });
    expect(wrong).toEqual([]);
  });

  it("lists as alternate names only forms the source uses", () => {
    const unused = article.entities.flatMap((entity) =>
      (entity.alternateNames ?? []).filter((name) => occurrences(source.text, name).length === 0),
    );
    expect(unused).toEqual([]);
  });

  it("names every entity as the source does, but the Gazeta interview ('interview') and the Israeli media ('Israeli and U.K. media')", () => {
    const unnamed = article.entities
      .filter((entity) => occurrences(source.text, entity.name).length === 0)
      .map((entity) => entity.id);
    expect(unnamed).toEqual(["israeli-media", "gazeta-interview"]);
  });

  it("mentions the U.K. in 'Israeli and U.K. media', and the two groups of media take the claim's side", () => {
    const ukMentions = allMentions.filter((m) => m.entity === "united-kingdom").map((m) => m.text);
    expect(ukMentions).toEqual(["U.K."]);
    const asserting = article.claims.flatMap((claim) =>
      claim.stances.filter((s) => s.stance === "asserts").map((s) => s.by),
    );
    expect(asserting).toEqual(["israeli-media", "uk-media"]);
    for (const id of namedOnlyInStances) {
      expect(allMentions.filter((m) => m.entity === id)).toEqual([]);
    }
  });

  it("mentions names that stand for two entities as the right one: 'Kremlin' the institution in the body", () => {
    const kremlins = allMentions.filter((m) => m.text === "Kremlin").map((m) => m.entity);
    expect(kremlins).toEqual(["kremlin", "kremlin"]);
  });

  it("counts the mentions", () => {
    expect(inlineRanges(caption).mentions).toHaveLength(9);
    expect(paragraphs.flatMap((p) => inlineRanges(p.children).mentions)).toHaveLength(48);
  });

  it("finds a name that lacks its mention (the check can fail)", () => {
    expect(uncovered(["Walid Muallem met Peskov."], "test")).toEqual([
      { where: "test", name: "Walid Muallem", at: 0, entities: ["muallem"] },
      { where: "test", name: "Peskov", at: 18, entities: ["peskov"] },
    ]);
    expect(uncovered(["Syrians and Russian troops"], "test")).toEqual([]);
  });
});
