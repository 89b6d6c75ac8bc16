import { safeParseArticle } from "@newsdoc/core";
import type { Article, Block, Entity, Inline } from "@newsdoc/core/kit";
import { plainText } from "@newsdoc/core/kit";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { articleArbitrary } from "./article-arbitrary.js";
import { isValidModelText } from "./hostile-text.js";
import { fcParams } from "./runs.js";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

const OPENING = "\"'“‘«„‚‹「『";
const CLOSING = "\"'”’»“‘›」』";

/** The span rule: plain text, trimmed, outer quotation marks and one trailing comma removed. */
function spanWords(children: Inline[]): string {
  let words = plainText(children).trim();
  if (words.length >= 2 && OPENING.includes(words[0]!) && CLOSING.includes(words.at(-1)!))
    words = words.slice(1, -1);
  if (words.endsWith(",")) words = words.slice(0, -1);
  return words;
}

const BLOCKS_WITH_CHILDREN = new Set([
  "heading",
  "paragraph",
  "blockquote",
  "aside",
  "editorsNote",
  "table",
  "tableRow",
  "tableCell",
]);

function* inlinesOf(nodes: readonly (Block | Inline)[]): Generator<Inline> {
  for (const node of nodes) {
    if (typeof node === "string") {
      yield node;
      continue;
    }
    if (node.type === "figure") {
      if (node.image.caption) yield* inlinesOf(node.image.caption);
      continue;
    }
    if (node.type === "list") {
      for (const item of node.children) yield* inlinesOf(item.children);
      continue;
    }
    if (node.type === "aside") yield* inlinesOf(node.title);
    if (node.type === "table" && node.caption) yield* inlinesOf(node.caption);
    if (node.type === "pullQuote" || node.type === "correction") continue;
    if (!BLOCKS_WITH_CHILDREN.has(node.type)) yield node as Inline;
    if ("children" in node) yield* inlinesOf(node.children as (Block | Inline)[]);
  }
}

function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) yield* stringsOf(v);
}

function checkInvariants(article: Article): void {
  const byId = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const ids = [
    ...article.entities.map((e) => e.id),
    ...article.quotes.map((q) => q.id),
    ...article.claims.map((c) => c.id),
  ];
  expect(new Set(ids).size).toBe(ids.length);
  const kind = (id: string | undefined, allowed: Entity["type"][]) => {
    if (id === undefined) return;
    expect(allowed).toContain(byId.get(id)?.type);
  };
  const agent: Entity["type"][] = ["Person", "Organization"];
  for (const id of article.authors) kind(id, agent);
  kind(article.publisher, ["Organization"]);
  for (const e of article.entities) {
    if (e.type === "Person") kind(e.affiliation, ["Organization"]);
    if (e.type === "Organization") kind(e.parentOrganization, ["Organization"]);
    if (e.type === "Place") kind(e.containedInPlace, ["Place"]);
    if (e.type === "Event") for (const id of e.attendees ?? []) kind(id, agent);
  }
  const quotes = new Map(article.quotes.map((q) => [q.id, q]));
  for (const q of article.quotes) {
    kind(q.speaker, agent);
    kind(q.via, ["Organization", "CreativeWork"]);
    expect(q.text).toBe(q.text.trim());
    expect(q.claim === undefined).toBe(q.stance === undefined);
  }
  for (const c of article.claims) {
    for (const s of c.stances) {
      kind(s.by, agent);
      if (s.quote) {
        const q = quotes.get(s.quote)!;
        expect({ claim: q.claim, stance: q.stance, by: q.speaker }).toEqual({
          claim: c.id,
          stance: s.stance,
          by: s.by,
        });
      }
    }
  }
  for (const node of inlinesOf(article.body)) {
    if (typeof node === "string") {
      expect(node).not.toBe("");
    } else if (node.type === "mention") {
      expect(byId.has(node.entity)).toBe(true);
      expect(node.text.trim()).not.toBe("");
    } else if (node.type === "quote") {
      expect(spanWords(node.children)).toBe(quotes.get(node.quote)!.text);
    }
  }
  for (const s of stringsOf(article)) expect(isValidModelText(s)).toBe(true);
  if (article.dateModified)
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(
      Date.parse(article.datePublished!),
    );
  expect(JSON.parse(JSON.stringify(article))).toEqual(article);
}

describe("articleArbitrary", () => {
  it("produces articles whose references, ids, quote spans, strings and dates follow the model's rules", () => {
    fc.assert(fc.property(articleArbitrary(), checkInvariants), fcParams());
  });

  it("keeps the rules with hostile ids and nested links", () => {
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile", nestedLinks: true }), checkInvariants),
      fcParams({ numRuns: 200 }),
    );
  });

  it("produces articles that parseArticle accepts, plain and with hostile ids and nested links", () => {
    const parses = (article: Article) => {
      const result = safeParseArticle(article);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    };
    fc.assert(fc.property(articleArbitrary(), parses), fcParams());
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile", nestedLinks: true }), parses),
      fcParams(),
    );
  });

  it("with bodyNodes, produces valid articles with embeds, video, audio and heading ids", () => {
    const parses = (article: Article) => {
      const result = safeParseArticle(article);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    };
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile", bodyNodes: true }), parses),
      fcParams(),
    );
    const json = fc
      .sample(articleArbitrary({ bodyNodes: true }), 300)
      .map((a) => JSON.stringify(a))
      .join("\n");
    for (const needle of [
      '"embed"',
      '"video"',
      '"audio"',
      '"provider"',
      '"embedUrl"',
      '"tracks"',
      '"table"',
      '"tableRow"',
      '"header":"column"',
      '"header":"row"',
      '"colSpan"',
      '"rowSpan"',
      '"caption"',
    ]) {
      expect(json).toContain(needle);
    }
    expect(json).toMatch(/"type":"heading","level":\d,"id"/);
    // Mentions and quote spans in cells.
    expect(json).toMatch(/"type":"tableCell"[^\]]*"children":\[[^\]]*"type":"mention"/);
  });

  it("uses every entity kind, node type and quote-span form", () => {
    const json = fc
      .sample(articleArbitrary(), 300)
      .map((a) => JSON.stringify(a))
      .join("\n");
    for (const needle of [
      '"Person"',
      '"Organization"',
      '"Place"',
      '"Event"',
      '"CreativeWork"',
      '"paragraph"',
      '"heading"',
      '"figure"',
      '"blockquote"',
      '"list"',
      '"rule"',
      '"aside"',
      '"pullQuote"',
      '"editorsNote"',
      '"correction"',
      '"emphasis"',
      '"strong"',
      '"link"',
      '"mention"',
      '"quote"',
      '"break"',
      '"stances"',
      "mailto:",
    ]) {
      expect(json).toContain(needle);
    }
  });
});
