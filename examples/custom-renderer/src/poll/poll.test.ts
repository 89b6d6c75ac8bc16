import {
  type Article,
  forEachReference,
  isArticleValidationError,
  isNewsdocRenderError,
  parseArticle,
  plainText,
  safeParseArticle,
  visit,
} from "@newsdoc/core";
import { htmlRenderer, toHtml } from "@newsdoc/html";
import { toMarkdown, toNewsdocMarkdown } from "@newsdoc/markdown";
import { fromMarkdown as readMarkdown } from "@newsdoc/markdown/import";
import { fromMarkdown } from "mdast-util-from-markdown";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { newsletter } from "../newsletter.js";
import { demoPoll, pollArticle } from "./poll-article.js";
import { pollHtml } from "./poll-html.js";
import { pollMarkdown } from "./poll-markdown.js";
import { type Poll, pollNode } from "./poll-node.js";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const at = pollArticle.body.length - 1;
const withPoll = (poll: unknown): unknown => ({
  ...pollArticle,
  body: [...pollArticle.body.slice(0, -1), poll],
});

function issuesOf(input: unknown, nodes = [pollNode]) {
  const result = safeParseArticle(input, { nodes });
  if (result.success) throw new Error("expected the article to be rejected");
  return result.error.issues;
}

/** Every element of a parse5 tree, depth first. */
function elements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      out.push(child);
      out.push(...elements(child));
    }
  }
  return out;
}
const textOf = (node: ParentNode): string =>
  node.childNodes
    .map((c) => ("value" in c ? c.value : "childNodes" in c ? textOf(c as ParentNode) : ""))
    .join("");
const classOf = (el: Element) => el.attrs.find((a) => a.name === "class")?.value;

describe("validation of an article with a poll", () => {
  it("accepts it with the poll's definition, poll and all", () => {
    const parsed = parseArticle(pollArticle, { nodes: [pollNode] });
    expect(parsed.body[at]).toEqual(demoPoll);
    expect(parsed.body.slice(0, at)).toEqual(pollArticle.body.slice(0, at));
  });

  it("rejects it without the definition: the poll is an unknown type, and the message says how", () => {
    const issues = issuesOf(pollArticle, []);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "unknown_type", path: ["body", at, "type"] });
    expect(issues[0]!.message).toContain("parseArticle(input, { nodes: [pollNode] })");
  });

  it("checks the poll with its own schema, with the path from the article", () => {
    const issues = issuesOf(withPoll({ ...demoPoll, options: ["Yes"] }));
    expect(issues.map((i) => i.path)).toEqual([["body", at, "options"]]);
    expect(issues[0]!.message).toContain("at least two answers");
  });

  it("reports an unknown key of the poll as newsdoc does", () => {
    const issues = issuesOf(withPoll({ ...demoPoll, colour: "red" }));
    expect(issues[0]).toMatchObject({ code: "unknown_key", path: ["body", at, "colour"] });
  });

  it("follows the poll's declared reference: an unknown claim is reported", () => {
    const issues = issuesOf(withPoll({ ...demoPoll, claim: "no-such-claim" }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "unknown_reference", path: ["body", at, "claim"] });
  });

  it("reports a broken built-in part and a broken poll at once", () => {
    const input = { ...(withPoll({ ...demoPoll, options: [] }) as Article), headline: "" };
    const paths = issuesOf(input).map((i) => i.path.join("."));
    expect(paths).toContain("headline");
    expect(paths).toContain(`body.${at}.options`);
  });

  it("finds a poll inside a blockquote too", () => {
    const input = withPoll({ type: "blockquote", children: [demoPoll] });
    const parsed = parseArticle(input, { nodes: [pollNode] });
    expect(parsed.body[at]).toEqual({ type: "blockquote", children: [demoPoll] });
    expect(
      issuesOf(withPoll({ type: "blockquote", children: [{ ...demoPoll, options: 1 }] })),
    ).toMatchObject([{ path: ["body", at, "children", 0, "options"] }]);
  });

  it("never modifies the input", () => {
    const input = structuredClone(pollArticle);
    parseArticle(input, { nodes: [pollNode] });
    expect(input).toEqual(pollArticle);
  });

  it("throws a clear error for a `nodes` entry defineNode did not make", () => {
    expect(() =>
      parseArticle(pollArticle, { nodes: [{ type: "poll" } as unknown as typeof pollNode] }),
    ).toThrow(/defineNode\(\)/);
  });
});

describe("the walkers walk the poll like a built-in node", () => {
  it("plainText gives its declared text", () => {
    const text = plainText(pollArticle.body);
    expect(text.endsWith(`\n\n${demoPoll.question}\nYes\nNo\nNot sure`)).toBe(true);
  });

  it("forEachReference finds its claim", () => {
    const found: string[] = [];
    forEachReference(pollArticle, (site) => {
      if (site.field.registry === "claims") found.push(`${site.path().join(".")}=${site.id}`);
    });
    expect(found).toContain(`body.${at}.claim=russian-troops-in-syria`);
  });

  it("visit meets it with its position", () => {
    const seen: unknown[] = [];
    visit(pollArticle, (node, position) => {
      if (position.type === "poll") seen.push([node, position.path()]);
    });
    expect(seen).toEqual([[demoPoll, ["body", at]]]);
  });
});

describe("rendering the poll", () => {
  it("HTML: a labelled section with the question and the answers", () => {
    const html = toHtml(pollArticle, { handlers: { poll: pollHtml } });
    const all = elements(parse(html));
    const section = all.find((el) => el.tagName === "section" && classOf(el) === "poll")!;
    expect(section.attrs).toContainEqual({ name: "aria-label", value: "Reader poll" });
    const inside = elements(section);
    expect(textOf(inside.find((el) => el.tagName === "strong")!)).toBe(demoPoll.question);
    expect(inside.filter((el) => el.tagName === "li").map(textOf)).toEqual(demoPoll.options);
  });

  it("HTML: every string of the poll is escaped", () => {
    const hostile: Poll = {
      type: "poll",
      question: '<script>alert(1)</script>"',
      options: ["<img src=x onerror=alert(1)>", "&amp;"],
      closes: "2015-09-12T00:00:00Z",
    };
    const html = toHtml(withPoll(hostile) as Article, { handlers: { poll: pollHtml } });
    const all = elements(parse(html));
    expect(all.some((el) => el.tagName === "script" || el.tagName === "img")).toBe(false);
    const items = all.filter((el) => el.attrs.some((a) => a.name === "data-poll-option"));
    expect(items.map(textOf)).toEqual(hostile.options);
    expect(textOf(all.find((el) => el.tagName === "time")!)).toBe("2015-09-12");
  });

  it("HTML without a handler: a clear error naming the node and the fix, never a silent drop", () => {
    let error: unknown;
    try {
      toHtml(pollArticle);
    } catch (e) {
      error = e;
    }
    expect(isNewsdocRenderError(error)).toBe(true);
    expect(error).toMatchObject({ code: "missing_handler" });
    expect((error as Error).message).toContain(`"poll" (child ${at} of the article's body)`);
    expect((error as Error).message).toContain("handlers: { poll:");
  });

  it("HTML with a declared fallback: the fallback renders the poll", () => {
    const html = toHtml(pollArticle, {
      fallback: (node, ctx) =>
        ctx.helpers.element("p", { class: "custom" }, ctx.helpers.escapeText(plainText(node))),
    });
    const custom = elements(parse(html)).find((el) => classOf(el) === "custom")!;
    expect(textOf(custom)).toBe(`${demoPoll.question}\nYes\nNo\nNot sure`);
  });

  it("HTML: a renderer extended once with the handler renders polls every time", () => {
    const withPolls = htmlRenderer.extend({ handlers: { poll: pollHtml } });
    expect(withPolls.render(pollArticle)).toBe(
      toHtml(pollArticle, { handlers: { poll: pollHtml } }),
    );
    expect(withPolls.handlers.poll).toBe(pollHtml);
  });

  it("Markdown: the question, then the answers as a numbered list", () => {
    const markdown = toMarkdown(pollArticle, { handlers: { poll: pollMarkdown } });
    const tree = fromMarkdown(markdown);
    const list = tree.children.filter((node) => node.type === "list").at(-1);
    expect(list).toMatchObject({ ordered: true });
    const items = list?.type === "list" ? list.children : [];
    expect(items.map((item) => JSON.stringify(item.children[0]))).toHaveLength(3);
    expect(markdown).toContain(`**Poll:** ${demoPoll.question}`);
  });

  it("Markdown: answers that look like markup stay text", () => {
    const poll: Poll = { type: "poll", question: "# Not a heading", options: ["- *Yes*", "1. No"] };
    const markdown = toMarkdown(withPoll(poll) as Article, { handlers: { poll: pollMarkdown } });
    const tree = fromMarkdown(markdown);
    const list = tree.children.filter((node) => node.type === "list").at(-1);
    const texts =
      list?.type === "list"
        ? list.children.map((item) => {
            const para = item.children[0];
            return para?.type === "paragraph" && para.children[0]?.type === "text"
              ? para.children[0].value
              : undefined;
          })
        : [];
    expect(texts).toEqual(poll.options);
    expect(tree.children.some((node) => node.type === "heading")).toBe(
      fromMarkdown(toMarkdown(pollArticle, { handlers: { poll: pollMarkdown } })).children.some(
        (node) => node.type === "heading",
      ),
    );
  });

  it("Markdown without a handler: the same clear error", () => {
    expect(() => toMarkdown(pollArticle)).toThrow(/no handler for the custom node type "poll"/);
  });

  it("newsdoc Markdown: written as a `newsdoc:poll` data fence, read back as the identical article", () => {
    const valid = parseArticle(pollArticle, { nodes: [pollNode] });
    const markdown = toNewsdocMarkdown(valid);
    const fence = fromMarkdown(markdown).children.find((node) => node.type === "code");
    expect(fence).toMatchObject({ lang: "newsdoc:poll" });
    const { article: back, report } = readMarkdown(markdown, { nodes: [pollNode] });
    expect(report).toEqual([]);
    expect(back).toEqual(valid);
    // Without the definition the poll is an unknown type, not a silent drop.
    expect(() => readMarkdown(markdown)).toThrow(/"poll" is not a kind of node allowed here/);
  });

  it("the newsletter (a defineRenderer renderer) renders it with its own handler", () => {
    const out = newsletter.render(pollArticle, { width: 72, quotes: false });
    expect(out).toContain(`[Poll] ${demoPoll.question}`);
    expect(out).toContain("  1. Yes\n  2. No\n  3. Not sure");
  });
});

describe("isArticleValidationError", () => {
  it("is what parseArticle throws for a bad poll", () => {
    expect(() => parseArticle(withPoll({ type: "poll" }), { nodes: [pollNode] })).toThrow(
      expect.objectContaining({ name: "ArticleValidationError" }),
    );
    try {
      parseArticle(withPoll({ type: "poll" }), { nodes: [pollNode] });
    } catch (error) {
      expect(isArticleValidationError(error)).toBe(true);
    }
  });
});
