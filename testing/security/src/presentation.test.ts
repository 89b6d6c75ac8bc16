// HTML and Markdown say the same words around the article's data — the
// byline, the dates, who a blockquote is from, how each quote was said —
// because both take them from the kit's presentation parts and one
// `labels` option. Judged with real parsers: parse5 text content for the
// HTML, mdast text for the Markdown.
import { article as example } from "@newsdoc/core/example";
import { type Article, type LabelsOption, resolveLabels } from "@newsdoc/core/kit";
import { toHtml } from "@newsdoc/html";
import { toMarkdown } from "@newsdoc/markdown";
import { findElements, getAttribute, parseHtml, textContent } from "@newsdoc/test-utils";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { fixture } from "../../../packages/html/src/__fixtures__/article.js";
import { maximalArticle } from "../../../packages/jsonld/src/__fixtures__/maximal-article.js";

/** mdast text: text and inline code values, as `mdast-util-to-string` reads them. */
function mdText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) return node.children.map((c) => mdText(c as Nodes)).join("");
  return "";
}

function* walk(node: Nodes, parents: Nodes[] = []): Generator<[Nodes, Nodes[]]> {
  yield [node, parents];
  if ("children" in node)
    for (const c of node.children) yield* walk(c as Nodes, [...parents, node]);
}

interface Said {
  /** Byline and dates: HTML's two lines, joined as Markdown's one. */
  header: string[];
  /** Each blockquote attribution. */
  attributions: string[];
  /** Each quote's details in the "Who said what" appendix. */
  details: string[];
}

function htmlSaid(article: Article, labels: LabelsOption | undefined): Said {
  const root = parseHtml(toHtml(article, { appendix: "quotes", ...(labels && { labels }) }));
  const byClass = (name: string) =>
    findElements(root, (el) => (getAttribute(el, "class") ?? "").split(" ").includes(name)).map(
      textContent,
    );
  const header = [...byClass("nd-byline"), ...byClass("nd-dateline")];
  return {
    header: header.length === 0 ? [] : [header.join(" · ")],
    attributions: byClass("nd-attribution"),
    details: byClass("nd-quote-meta"),
  };
}

function markdownSaid(article: Article, labels: LabelsOption | undefined, expected: Said): Said {
  const root = fromMarkdown(toMarkdown(article, { appendix: "quotes", ...(labels && { labels }) }));
  const paragraphs: string[] = [];
  const quoted: string[] = [];
  const items: string[] = [];
  // The appendix starts at its heading: list items before it are the body's.
  const appendix = resolveLabels(labels).quotes;
  let inAppendix = false;
  for (const [node, parents] of walk(root)) {
    if (node.type === "heading" && node.depth === 2) inAppendix = mdText(node) === appendix;
    if (node.type !== "paragraph") continue;
    const text = mdText(node);
    if (parents.some((p) => p.type === "listItem")) {
      if (inAppendix) items.push(text);
    } else if (parents.some((p) => p.type === "blockquote")) quoted.push(text);
    else paragraphs.push(text);
  }
  return {
    // The header line is the paragraph that the HTML header's words make, if any.
    header: paragraphs.filter((p) => expected.header.includes(p)),
    attributions: quoted.filter((q) => q.startsWith("— ")),
    // A list item is the words, " — ", then the details.
    details: items.map((item) => item.slice(item.indexOf(" — ") + 3)),
  };
}

const FRENCH: LabelsOption = {
  by: "Par",
  and: "et",
  published: "Publié le",
  modified: "Mis à jour le",
  via: "par l'intermédiaire de",
  to: "à",
  quotes: "Qui a dit quoi",
  modes: {
    direct: "citation directe",
    partial: "citation partielle",
    indirect: "discours rapporté",
  },
};

const sameInstantSpelledTwice: Article = {
  ...fixture,
  datePublished: "2015-09-11T10:00:00+01:00",
  dateModified: "2015-09-11T09:00:00Z",
};

const twoAuthors: Article = {
  ...fixture,
  authors: [
    ...fixture.authors,
    ...fixture.entities
      .filter((e) => e.type === "Person")
      .slice(0, 2)
      .map((e) => e.id),
  ].filter((id, i, all) => all.indexOf(id) === i),
};

const CASES: [string, Article, LabelsOption | undefined][] = [
  ["the example article", example, undefined],
  ["the html fixture", fixture, undefined],
  ["the maximal fixture", maximalArticle, undefined],
  ["the maximal fixture, French labels", maximalArticle, FRENCH],
  ["the html fixture, French labels", fixture, FRENCH],
  ["several authors, French labels", twoAuthors, FRENCH],
  ["the same instant spelled twice", sameInstantSpelledTwice, undefined],
];

describe("HTML and Markdown say the same words", () => {
  for (const [name, article, labels] of CASES) {
    it(name, () => {
      const html = htmlSaid(article, labels);
      const markdown = markdownSaid(article, labels, html);
      expect(markdown).toEqual(html);
      const blockquotes = article.body.filter((b) => b.type === "blockquote" && b.quote);
      expect(html.attributions).toHaveLength(blockquotes.length);
      expect(html.details).toHaveLength(article.quotes.length);
    });
  }

  it("the comparison can fail: other labels give other words", () => {
    expect(htmlSaid(fixture, FRENCH)).not.toEqual(htmlSaid(fixture, undefined));
  });

  it("the labels reach every line, in both formats", () => {
    const html = htmlSaid(fixture, FRENCH);
    expect(html.header[0]).toMatch(/^Par .* · Publié le .* · Mis à jour le /);
    for (const line of html.details)
      expect(line).not.toMatch(/\((?:direct|partial) quotation|reported speech\)/);
    const markdown = toMarkdown(fixture, { appendix: "quotes", labels: FRENCH });
    for (const english of ["Published", "Updated", "By ", "Who said what", "quotation)"]) {
      expect(markdown).not.toContain(english);
    }
  });

  it("a modification at the publication's instant is said once, however it is spelled", () => {
    const [line] = htmlSaid(sameInstantSpelledTwice, undefined).header;
    expect(line).toContain("Published");
    expect(line).not.toContain("Updated");
    expect(toMarkdown(sameInstantSpelledTwice)).not.toContain("Updated");
  });
});
