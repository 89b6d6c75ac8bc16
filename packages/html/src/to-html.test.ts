import { article } from "@newsdoc/core/example";
import { plainText } from "@newsdoc/core/kit";
import { parseHtml } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { fixture } from "./__fixtures__/article.js";
import { renderedBodyText } from "./__fixtures__/read-text.js";
import { htmlRenderer } from "./renderer.js";
import { toHtml } from "./to-html.js";

describe("toHtml on the example article", () => {
  it("matches the reviewed golden file", async () => {
    await expect(toHtml(article)).toMatchFileSnapshot("./__golden__/example.fragment.html");
  });

  it("is deterministic", () => {
    expect(toHtml(article)).toBe(toHtml(article));
  });

  it("reads back, through an HTML parser, as the model's text", () => {
    for (const subject of [article, fixture]) {
      for (const pretty of [false, true]) {
        expect(renderedBodyText(parseHtml(toHtml(subject, { pretty })))).toBe(
          plainText(subject.body),
        );
      }
    }
  });

  it("has one mention element per mention node, each with data-entity", () => {
    const html = toHtml(article);
    const mentions = [...html.matchAll(/class="nd-mention"[^>]*data-entity="([^"]+)"/g)];
    let count = 0;
    const walk = (nodes: readonly unknown[]) => {
      for (const n of nodes) {
        if (typeof n !== "object" || n === null) continue;
        if ((n as { type: string }).type === "mention") count++;
        if ("children" in n) walk((n as { children: unknown[] }).children);
        if ("image" in n) walk((n as { image: { caption?: unknown[] } }).image.caption ?? []);
      }
    };
    walk(article.body);
    walk(article.image?.caption ?? []);
    expect(mentions.length).toBe(count);
  });

  it("pretty-printing changes only whitespace between blocks", () => {
    const compact = toHtml(article, { appendix: ["quotes", "claims"] });
    const pretty = toHtml(article, { appendix: ["quotes", "claims"], pretty: true });
    expect(pretty).toContain("\n  <header");
    expect(pretty.replace(/\n */g, "")).toBe(compact);
  });
});

describe("overrides", () => {
  it("a per-call handler wraps the default and leaves the others alone", () => {
    const out = toHtml(fixture, {
      handlers: {
        mention: (node, ctx, base) =>
          ctx.helpers.html`${base(node, ctx)}<sup>${ctx.helpers.escapeText(node.entity)}</sup>`,
      },
    });
    expect(out).toContain(
      '<span class="nd-mention" data-entity="tass">Itar Tass</span><sup>tass</sup>',
    );
    expect(out.replace(/<sup>[^<]*<\/sup>/g, "")).toBe(toHtml(fixture));
  });

  it("extend builds a new renderer; the original is unchanged", () => {
    const topics = htmlRenderer.extend({
      handlers: {
        mention: (node, ctx) =>
          ctx.helpers.element(
            "a",
            { href: `/topics/${node.entity}`, "data-entity": node.entity },
            ctx.helpers.escapeText(node.text),
          ),
      },
    });
    expect(topics.render(fixture)).toContain(
      '<a href="/topics/tass" data-entity="tass">Itar Tass</a>',
    );
    expect(htmlRenderer.render(fixture)).toBe(toHtml(fixture));
    expect(topics.handlers.paragraph).toBe(htmlRenderer.handlers.paragraph);
  });

  it("the README's example: wrapping the default mention in a topic link", () => {
    const site = htmlRenderer.extend({
      defaults: { mentions: "text" },
      handlers: {
        mention: (node, ctx, base) =>
          ctx.helpers.element(
            "a",
            { href: `/topics/${node.entity}`, class: "topic" },
            base(node, ctx),
          ),
      },
    });
    expect(site.render(article)).toContain(
      '<a href="/topics/syria" class="topic"><span class="nd-mention" data-entity="syria">Syria</span></a>',
    );
  });
});
