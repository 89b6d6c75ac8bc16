import {
  type Article,
  createIndex,
  NODE_TYPE_NAMES,
  type Node,
  NewsdocRenderError,
} from "@newsdoc/core/kit";
import { createElement, type FunctionComponent, type ReactNode } from "react";
import { childrenOf } from "./children-of.js";
import { classNames } from "./class-names.js";
import type {
  ArticleRender,
  ComponentOverrides,
  Components,
  NodeContext,
  NodeParent,
} from "./context.js";
import type { NewsArticleOptions } from "./options.js";
import { appendixList, labelsOf, resolveOptions } from "./resolve-options.js";

type Props = Record<string, unknown>;
type AnyComponent = FunctionComponent<Props>;

function describe(node: unknown): string {
  if (node === null) return "null";
  if (Array.isArray(node)) return "an array";
  if (typeof node !== "object") return `a ${typeof node}`;
  const type = (node as { type?: unknown }).type;
  return typeof type === "string"
    ? `a node of type ${JSON.stringify(type)}`
    : "an object without a string `type`";
}

/** Checks a `components` object from JavaScript: known node types, functions only. */
function checkOverrides(overrides: ComponentOverrides): void {
  if (overrides === null || typeof overrides !== "object") {
    throw new TypeError("<NewsArticle components>: components must be an object of components.");
  }
  for (const key of Object.keys(overrides)) {
    if (!(NODE_TYPE_NAMES as readonly string[]).includes(key)) {
      throw new TypeError(
        `Unknown component "${key}": components are keyed by node type (${NODE_TYPE_NAMES.join(", ")}).`,
      );
    }
    const value = (overrides as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "function") {
      throw new TypeError(`The "${key}" component must be a function, got ${describe(value)}.`);
    }
  }
}

/**
 * Sets up one render: options checked and resolved, the look-ups built,
 * and the walker that turns nodes into elements of the right components.
 */
export function createRender(
  article: Article,
  defaults: Components,
  overrides: ComponentOverrides | undefined,
  options: Partial<NewsArticleOptions> | undefined,
): ArticleRender {
  if (overrides !== undefined) checkOverrides(overrides);
  const resolved = resolveOptions(options);
  const table = Object.create(null) as Record<string, AnyComponent>;
  for (const type of NODE_TYPE_NAMES) {
    table[type] = (overrides?.[type] ?? defaults[type]) as unknown as AnyComponent;
  }
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
      throw new NewsdocRenderError(
        "unknown_node",
        `<NewsArticle> cannot render ${describe(node)}: it is not a newsdoc node. Validate the article with parseArticle() before rendering.`,
      );
    }
    const held = childrenOf(node);
    const props: Props = { key: position, node, context };
    if (held !== undefined) props.children = nodes(held, node);
    if (overridden(type as string)) props.Default = defaults[type as keyof Components];
    return createElement(component, props);
  };

  const nodes = (list: readonly Node[], parent: NodeParent): ReactNode[] => {
    const out: ReactNode[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = one(list[i]!, parent, i);
    return out;
  };

  const render: ArticleRender = {
    article,
    index: createIndex(article),
    options: resolved,
    classNames: classNames(resolved.classPrefix),
    labels: labelsOf(resolved.labels),
    linkMentions: resolved.mentions === "link",
    appendix: appendixList(resolved.appendix),
    nodes,
  };
  return render;
}

/** Renders the article node itself with the components in force. */
export function renderRoot(
  render: ArticleRender,
  defaults: Components,
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
  let children: ReactNode[];
  try {
    children = render.nodes(article.body, article);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new NewsdocRenderError(
        "too_deep",
        "<NewsArticle> ran out of stack: the article nests nodes too deeply. parseArticle() rejects such input.",
      );
    }
    throw error;
  }
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
