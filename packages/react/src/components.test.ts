import { article as example } from "@newsdoc/core/example";
import type { Article, Block, Inline, NodeType } from "@newsdoc/core/kit";
import { NODE_TYPES, nodeTypeOf, visit } from "@newsdoc/core/kit";
import { toHtml } from "@newsdoc/html";
import { mediaNodesArticle } from "@newsdoc/test-utils";
import { createElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { fixture } from "../../html/src/__fixtures__/article.js";
import { bodyNodesArticle } from "../../jsonld/src/__fixtures__/body-nodes-article.js";
import { domShape, withoutPreloads } from "./__fixtures__/dom-shape.js";
import { staticMarkup } from "./__fixtures__/render.js";
import type { ComponentOverrides, NodeContext, OverrideProps } from "./context.js";
import { DEFAULT_COMPONENTS } from "./default-components.js";

const para = (...children: Inline[]): Block => ({ type: "paragraph", children });
const withBody = (body: Block[]): Article => ({ ...fixture, body });
const bodyOf = (html: string) =>
  html.slice(html.indexOf('<div class="nd-body">') + 21, html.lastIndexOf("</div>"));

describe("components", () => {
  it("DEFAULT_COMPONENTS has one component per node type of the model", () => {
    expect(Object.keys(DEFAULT_COMPONENTS).sort()).toEqual([...NODE_TYPES].sort());
  });

  it("an override receives the node, its rendered children, the context and Default, and can wrap", () => {
    const seen: { text: string; parent: string; position: number; hasDefault: boolean }[] = [];
    const components: ComponentOverrides = {
      mention: ({ node, context, Default, ...rest }) => {
        seen.push({
          text: node.text,
          parent: (context.parent as { type: string }).type,
          position: context.position,
          hasDefault: Default === DEFAULT_COMPONENTS.mention,
        });
        return createElement("mark", null, createElement(Default, { node, context, ...rest }));
      },
    };
    const article = withBody([para("a ", { type: "mention", entity: "tass", text: "Tass" })]);
    expect(bodyOf(staticMarkup(article, { components }))).toBe(
      '<p>a <mark><span class="nd-mention" data-entity="tass">Tass</span></mark></p>',
    );
    // The lead image's caption mentions come first; their parent is the article.
    expect(seen.filter((s) => s.parent === "paragraph")).toEqual([
      { text: "Tass", parent: "paragraph", position: 1, hasDefault: true },
    ]);
    expect(seen.every((s) => s.hasDefault)).toBe(true);
  });

  it("children are rendered with the overrides, and every override applies at any depth", () => {
    const components: ComponentOverrides = {
      paragraph: ({ children }) => createElement("div", { className: "p" }, children),
      text: ({ node }) => node.toUpperCase(),
      emphasis: ({ children, Default, node, context }) =>
        createElement("i", null, createElement(Default, { node, context }, children)),
    };
    const article = withBody([para("x", { type: "emphasis", children: ["y"] })]);
    expect(bodyOf(staticMarkup(article, { components }))).toBe(
      '<div class="p">X<i><em>Y</em></i></div>',
    );
  });

  it("the article override gets the body as children and the article as node", () => {
    let context: NodeContext | undefined;
    const components: ComponentOverrides = {
      article: (props: OverrideProps<"article">) => {
        context = props.context;
        return createElement("section", null, props.children);
      },
    };
    expect(staticMarkup(withBody([para("b")]), { components })).toBe("<section><p>b</p></section>");
    expect(context?.parent).toBeUndefined();
    expect(context?.position).toBe(0);
    expect(context?.article.id).toBe(fixture.id);
  });

  it("a figure's children are its caption; the lead image caption uses the overrides too", () => {
    const components: ComponentOverrides = {
      mention: ({ node }) => createElement("b", null, node.text),
    };
    const html = staticMarkup(fixture, { components });
    const caption = html.slice(html.indexOf('<figcaption class="nd-caption">'));
    expect(caption).toContain("<b>Vladimir Putin</b>");
  });

  it("keys every child: no React key warnings", () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      staticMarkup(example, { options: { appendix: ["quotes", "claims"] } });
      staticMarkup(fixture, {
        options: { appendix: ["quotes", "claims"] },
        components: { paragraph: ({ children }) => createElement("p", null, children) },
      });
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it("an unknown component key or a non-function is a TypeError naming it", () => {
    expect(() => staticMarkup(fixture, { components: { paragrph: () => null } as never })).toThrow(
      /Unknown component "paragrph": components are keyed by node type/,
    );
    expect(() => staticMarkup(fixture, { components: { text: "x" } as never })).toThrow(
      /The "text" component must be a function/,
    );
  });
});

describe("errors are those of @newsdoc/html, never a crash", () => {
  const same = (article: Article, options: object = {}) => {
    let expected: unknown;
    try {
      toHtml(article, options);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(Error);
    expect(() => staticMarkup(article, { options })).toThrow((expected as Error).message);
  };

  it("a dangling reference", () => {
    same(withBody([para({ type: "mention", entity: "nobody", text: "x" })]));
    same(withBody([para({ type: "quote", quote: "q-none", children: ["x"] })]));
  });

  it("a heading level outside 2–6", () => {
    same(withBody([{ type: "heading", level: 7 as never, children: ["H"] }]));
  });

  it("bad options", () => {
    same(fixture, { mentions: "links" });
    same(fixture, { appendix: "notes" });
    same(fixture, { classPrefix: "1x" });
    same(fixture, { labels: { via: 3 } });
    same(fixture, { formatDate: "long" });
    same(fixture, { formatDate: () => 3 });
  });

  it("a node that is not a newsdoc node", () => {
    expect(() => staticMarkup(withBody([{ type: "hologram" } as never]))).toThrow(
      /cannot render a node of type "hologram"/,
    );
  });

  it("absurd nesting is a NewsdocRenderError, not a stack overflow", () => {
    let inline: Inline = "x";
    for (let i = 0; i < 20_000; i++) inline = { type: "emphasis", children: [inline] };
    expect(() => staticMarkup(withBody([para(inline)]))).toThrow(
      expect.objectContaining({ name: "NewsdocRenderError", code: "too_deep" }),
    );
    let ok: Inline = "x";
    for (let i = 0; i < 200; i++) ok = { type: "emphasis", children: [ok] };
    expect(staticMarkup(withBody([para(ok)]))).toContain("<em><em>x</em></em>");
  });
});

describe("overrides that only wrap Default", () => {
  it("change nothing, for every node type the fixture has", () => {
    const seen = new Set<NodeType>();
    const components: Record<string, unknown> = {};
    for (const type of NODE_TYPES) {
      components[type] = ({ Default, ...props }: OverrideProps<NodeType>): ReactNode => {
        seen.add(type);
        return createElement(Default as (p: object) => ReactNode, props);
      };
    }
    const options = { appendix: "quotes" as const };
    // Every node type: the body-nodes fixture (asides, pull quotes, notices) with the media
    // fixture's embeds, video, audio and headings added.
    const media = mediaNodesArticle.body.filter((b) => b.type !== "paragraph");
    const subject: Article = { ...bodyNodesArticle, body: [...bodyNodesArticle.body, ...media] };
    const html = staticMarkup(subject, { components: components as ComponentOverrides, options });
    expect(withoutPreloads(domShape(html)).markup).toEqual(domShape(toHtml(subject, options)));
    const present = new Set<NodeType>();
    visit(subject, (node) => {
      present.add(nodeTypeOf(node));
    });
    expect([...seen].sort()).toEqual([...present].sort());
    expect(present.size).toBe(NODE_TYPES.length);
  });
});
