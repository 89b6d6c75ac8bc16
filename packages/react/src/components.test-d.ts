import type { Article, Heading, Mention, NodeType, Text } from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ComponentOverrides,
  Components,
  NodeComponent,
  NodeContext,
  OverrideProps,
} from "./context.js";
import { DEFAULT_COMPONENTS } from "./default-components.js";
import type { NewsArticleProps } from "./news-article.js";

describe("the components map", () => {
  it("has exactly one key per node type of the model", () => {
    expectTypeOf<keyof Components>().toEqualTypeOf<NodeType>();
    expectTypeOf<keyof ComponentOverrides>().toEqualTypeOf<NodeType>();
    expectTypeOf(DEFAULT_COMPONENTS).toEqualTypeOf<Components>();
  });

  it("is exhaustive: leaving out a node type is a compile error", () => {
    const { break: _dropped, ...partial } = DEFAULT_COMPONENTS;
    // @ts-expect-error — "break" is missing.
    const incomplete: Components = partial;
    void incomplete;
  });

  it("types each component's node by its key", () => {
    expectTypeOf<OverrideProps<"mention">["node"]>().toEqualTypeOf<Mention>();
    expectTypeOf<OverrideProps<"heading">["node"]>().toEqualTypeOf<Heading>();
    expectTypeOf<OverrideProps<"text">["node"]>().toEqualTypeOf<Text>();
    expectTypeOf<OverrideProps<"article">["node"]>().toEqualTypeOf<Article>();
    expectTypeOf<OverrideProps<"heading">["Default"]>().toEqualTypeOf<NodeComponent<"heading">>();
    expectTypeOf<OverrideProps<"quote">["context"]>().toEqualTypeOf<NodeContext>();
    expectTypeOf<OverrideProps<"quote">["children"]>().toEqualTypeOf<ReactNode>();
  });
});

describe("overrides", () => {
  it("accept any subset, and can wrap Default", () => {
    const components: ComponentOverrides = {
      mention: ({ node, Default, ...props }) =>
        createElement("mark", { title: node.entity }, createElement(Default, { node, ...props })),
      heading: ({ node, children }) => createElement(`h${node.level + 1}`, null, children),
      text: ({ node }) => node.toUpperCase(),
      // An async Server Component is allowed.
      quote: async ({ children }) => createElement("q", null, children),
    };
    expectTypeOf(components).toExtend<NewsArticleProps["components"]>();
  });

  it("a typo in a node type is a compile error", () => {
    const typo: ComponentOverrides = {
      // @ts-expect-error — there is no node type "paragrph".
      paragrph: () => null,
    };
    void typo;
  });

  it("reading a field the node does not have is a compile error", () => {
    const wrong: ComponentOverrides = {
      // @ts-expect-error — a mention has no children; its words are `node.text`.
      mention: ({ node }) => node.children,
    };
    void wrong;
  });

  it("a component for another node type does not fit", () => {
    const forHeading = (props: OverrideProps<"heading">) => `${props.node.level}`;
    const wrong: ComponentOverrides = {
      // @ts-expect-error — a heading component cannot render mentions.
      mention: forHeading,
    };
    void wrong;
  });

  it("returning something that is not a React node is a compile error", () => {
    const wrong: ComponentOverrides = {
      // @ts-expect-error — an object is not a ReactNode.
      rule: () => ({ type: "hr" }),
    };
    void wrong;
  });
});
