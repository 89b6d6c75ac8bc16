import {
  type Article,
  type Aside,
  checkEmbedsOption,
  childrenOf,
  classNames,
  createIndex,
  customNodeDefinition,
  describeNode,
  elementSpec,
  idToken,
  NewsdocRenderError,
  NODE_TYPES,
  type Node,
  type NodeNumbering,
  numberNodes,
  resolveLabels,
} from "@newsdoc/core/kit";
import { createElement, Fragment, type FunctionComponent, type ReactNode } from "react";
import type {
  ArticleRender,
  BuiltInComponents,
  ComponentOverrides,
  NodeContext,
  NodeParent,
} from "./context.js";
import type { NewsArticleOptions } from "./options.js";
import { appendixList, resolveOptions } from "./resolve-options.js";

type Props = Record<string, unknown>;

/** How deep `<NewsArticle>` follows nested nodes before it stops with `too_deep`. */
export const MAX_NESTING = 1000;
type AnyComponent = FunctionComponent<Props>;

/** The `Default` of a custom node's component: there is no built-in one to wrap. */
function missingDefault(type: string): () => never {
  return () => {
    throw new NewsdocRenderError(
      "no_base_handler",
      `The "${type}" component rendered <Default />, but "${type}" is a custom node type: there is no built-in component to wrap.`,
    );
  };
}

/** Checks a `components` object from JavaScript: known node types, functions only. */
function checkOverrides(overrides: ComponentOverrides): void {
  if (overrides === null || typeof overrides !== "object") {
    throw new TypeError("<NewsArticle components>: components must be an object of components.");
  }
  for (const key of Object.keys(overrides)) {
    if (!(NODE_TYPES as readonly string[]).includes(key) && !customNodeDefinition(key)) {
      throw new TypeError(
        `Unknown component "${key}": components are keyed by node type (${NODE_TYPES.join(", ")}); for a custom node type, define "${key}" with defineNode() first.`,
      );
    }
    const value = (overrides as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "function") {
      throw new TypeError(`The "${key}" component must be a function, got ${describeNode(value)}.`);
    }
  }
}

/**
 * Sets up one render: options checked and resolved, the look-ups built,
 * and the walker that turns nodes into elements of the right components.
 */
export function createRender(
  article: Article,
  defaults: BuiltInComponents,
  overrides: ComponentOverrides | undefined,
  options: Partial<NewsArticleOptions> | undefined,
): ArticleRender {
  if (overrides !== undefined) checkOverrides(overrides);
  const resolved = resolveOptions(options);
  const table = Object.create(null) as Record<string, AnyComponent>;
  for (const type of NODE_TYPES) {
    table[type] = (overrides?.[type] ?? defaults[type]) as unknown as AnyComponent;
  }
  // Custom blocks (defineNode) have only the components the caller gives.
  for (const [type, component] of Object.entries(overrides ?? {}))
    if (!Object.hasOwn(table, type) && component !== undefined)
      table[type] = component as unknown as AnyComponent;
  const overridden = (type: string) => overrides?.[type as keyof ComponentOverrides] !== undefined;
  const textOverride = overrides?.text;

  const one = (node: Node, parent: NodeParent, position: number): ReactNode => {
    const context: NodeContext = { article, index: render.index, parent, position, render };
    if (typeof node === "string") {
      // The built-in text component is the string itself: no element per text node.
      if (textOverride === undefined) return node;
      return createElement(textOverride as unknown as AnyComponent, {
        key: position,
        node,
        context,
        Default: defaults.text,
      });
    }
    const type = (node as { type?: unknown } | null)?.type;
    const component = typeof type === "string" && type !== "article" ? table[type] : undefined;
    if (component === undefined) {
      if (customNodeDefinition(type as string) !== undefined) {
        throw new NewsdocRenderError(
          "missing_handler",
          `<NewsArticle> has no component for the custom node type "${type as string}" (child ${position} of ${parent === article ? "the article's body" : `a ${(parent as { type: string }).type} node`}). Give it one: <NewsArticle components={{ ${type as string}: ({ node }) => … }} />.`,
        );
      }
      throw new NewsdocRenderError(
        "unknown_node",
        `<NewsArticle> cannot render ${describeNode(node)}: it is not a newsdoc node. Validate the article with parseArticle() before rendering.`,
      );
    }
    const props: Props = { node, context };
    // The node table says which types hold children (and where: a figure's are its caption).
    if (elementSpec(type)!.slots.length > 0) props.children = nodes(childrenOf(node), node);
    if (overridden(type as string)) {
      props.key = position;
      props.Default =
        (defaults as Record<string, unknown>)[type as string] ?? missingDefault(type as string);
      return createElement(component, props);
    }
    // A built-in component has no hooks and no state: it is called here, so
    // React meets plain elements (a keyed fragment each), not one function
    // component per node.
    return createElement(
      Fragment,
      { key: position },
      (component as (p: Props) => ReactNode)(props),
    );
  };

  // Elements are built eagerly, depth first: a counter bounds the nesting
  // (far beyond what parseArticle accepts) before the stack, or React's
  // own recursion, runs out.
  let depth = 0;
  const nodes = (list: readonly Node[], parent: NodeParent): ReactNode[] => {
    if (++depth > MAX_NESTING) {
      depth = 0;
      throw new NewsdocRenderError(
        "too_deep",
        `<NewsArticle> met nodes nested more than ${MAX_NESTING} deep. parseArticle() rejects such input (its maxDepth is 64 by default).`,
      );
    }
    try {
      const out: ReactNode[] = new Array(list.length);
      for (let i = 0; i < list.length; i++) out[i] = one(list[i]!, parent, i);
      return out;
    } finally {
      depth = Math.max(0, depth - 1);
    }
  };

  const cls = classNames(resolved.classPrefix);
  let asides: NodeNumbering<Aside> | undefined;
  const asideTitle = (node: Aside): { id: string; depth: number } => {
    if (asides === undefined) asides = numberNodes(article, "aside");
    const { number, depth } = asides.of(node);
    return { id: `${cls.aside}-${idToken(article.id)}-${number}`, depth };
  };

  const render: ArticleRender = {
    article,
    index: createIndex(article),
    options: resolved,
    classNames: cls,
    labels: resolveLabels(resolved.labels),
    linkMentions: resolved.mentions === "link",
    appendix: appendixList(resolved.appendix),
    embedFrames: checkEmbedsOption(resolved.embeds),
    nodes,
    asideTitle,
  };
  return render;
}

/** Renders the article node itself with the components in force. */
export function renderRoot(
  render: ArticleRender,
  defaults: BuiltInComponents,
  overrides: ComponentOverrides | undefined,
): ReactNode {
  const { article } = render;
  const context: NodeContext = {
    article,
    index: render.index,
    parent: undefined,
    position: 0,
    render,
  };
  const children = render.nodes(article.body, article);
  const override = overrides?.article;
  return override === undefined
    ? createElement(defaults.article, { node: article, context, children })
    : createElement(override as unknown as AnyComponent, {
        node: article,
        context,
        children,
        Default: defaults.article,
      });
}
