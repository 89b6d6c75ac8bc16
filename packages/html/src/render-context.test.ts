import { article } from "@newsdoc/core/example";
import { nodeTypeOf } from "@newsdoc/core/kit";
import { findElements, getAttribute, parseHtml } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { tag } from "./tag.js";
import { toHtml } from "./to-html.js";

describe("the HTML handler context", () => {
  it("gives each block its parent and position, and phrasing its paragraph", () => {
    const blocks: string[] = [];
    const firstTexts: number[] = [];
    toHtml(article, {
      handlers: {
        paragraph: (node, ctx, base) => {
          blocks.push(`${ctx.parent && nodeTypeOf(ctx.parent)}#${ctx.index}`);
          return base(node, ctx);
        },
        text: (value, ctx, base) => {
          if (ctx.parent && nodeTypeOf(ctx.parent) === "paragraph" && ctx.index === 0)
            firstTexts.push(ctx.index);
          return base(value, ctx);
        },
      },
    });
    const expected = article.body.flatMap((b, i) =>
      b.type === "paragraph" ? [`article#${i}`] : [],
    );
    expect(blocks).toEqual(expected);
    expect(firstTexts.length).toBeGreaterThan(5);
  });

  it("lets an override mark the first paragraph using ctx.index and render with ctx.phrasing", () => {
    const out = toHtml(article, {
      handlers: {
        paragraph: (node, ctx, base) =>
          ctx.index === 0 && ctx.parent === ctx.article
            ? ctx.helpers.element("p", { class: "lede" }, ctx.phrasing(node))
            : base(node, ctx),
      },
    });
    const ledes = findElements(
      parseHtml(out),
      (el) => el.tagName === "p" && getAttribute(el, "class") === "lede",
    );
    expect(ledes.length).toBe(1);
  });

  it("pretty-prints a wrapped article override like the rest", () => {
    const out = toHtml(article, {
      pretty: true,
      handlers: {
        article: (node, ctx, base) =>
          ctx.helpers.element("div", { class: "wrap" }, base(node, ctx)),
      },
    });
    expect(out.startsWith('<div class="wrap">\n  <article')).toBe(true);
    expect(out.endsWith("</article>\n</div>")).toBe(true);
  });

  it("pretty-prints a wrapped block override at its depth, like the built-in blocks beside it", () => {
    const box = tag("section", ["class"]);
    const out = toHtml(article, {
      pretty: true,
      handlers: { paragraph: (node, ctx, base) => box("box", base(node, ctx)) },
    });
    const lines = out.split("\n");
    const boxes = lines.filter((line) => line.trimStart().startsWith('<section class="box">'));
    expect(boxes.length).toBe(article.body.filter((b) => b.type === "paragraph").length);
    // Inside <article><div class="nd-body">: two levels, then the paragraph one deeper.
    for (const line of boxes) expect(line).toBe('    <section class="box">');
    const i = lines.indexOf(boxes[0]!);
    expect(lines[i + 1]!.startsWith("      <p>")).toBe(true);
    expect(lines[i + 2]).toBe("    </section>");
    // The same markup as without pretty-printing, whitespace between blocks aside.
    const compact = toHtml(article, {
      handlers: { paragraph: (node, ctx, base) => box("box", base(node, ctx)) },
    });
    expect(out.replace(/\n */g, "")).toBe(compact);
  });
});
