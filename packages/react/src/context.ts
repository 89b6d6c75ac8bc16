import type {
  Article,
  ArticleIndex,
  Aside,
  BuiltInNodeType,
  ClassNames,
  EmbedProvider,
  Node,
  NodeType,
  NodeTypes,
  ParentNode,
} from "@newsdoc/core/kit";
import type { ReactNode } from "react";
import type { AppendixKind, NewsArticleLabels, NewsArticleOptions } from "./options.js";

/** What holds a node: the article (for body blocks and the lead caption) or another node. */
export type NodeParent = ParentNode;

/**
 * One render of one article, shared by every node: the options with their
 * defaults, derived values, and a way to render more nodes with the same
 * components. Plain data passed down in props — no React context — so it
 * works in Server Components.
 */
export interface ArticleRender {
  readonly article: Article;
  /** O(1) look-ups: entities, quotes, claims, mentions, spans (the kit's `createIndex`). */
  readonly index: ArticleIndex;
  /** The options, defaults applied. */
  readonly options: Readonly<NewsArticleOptions>;
  /** Class names with the prefix applied. */
  readonly classNames: ClassNames;
  /** The labels, defaults filled in. */
  readonly labels: Readonly<NewsArticleLabels>;
  /** Whether mentions become links (`options.mentions === "link"`). */
  readonly linkMentions: boolean;
  /** The appendices to add, in order, without duplicates. */
  readonly appendix: readonly AppendixKind[];
  /** The providers whose embeds load as iframes (`options.embeds.allow`, checked). */
  readonly embedFrames: ReadonlySet<EmbedProvider>;
  /** Renders nodes held by `parent` with this render's components (keyed by position). */
  nodes(nodes: readonly Node[], parent: NodeParent): ReactNode[];
  /**
   * An aside title's id, as `@newsdoc/html` writes it (`nd-aside-<article id>-<n>`,
   * n in document order), and how many asides enclose the aside (its title is one rank lower for each).
   */
  asideTitle(node: Aside): { id: string; depth: number };
}

/** Where a node is: its article, the look-ups, its parent and its position among the parent's children. */
export interface NodeContext {
  readonly article: Article;
  readonly index: ArticleIndex;
  /** The node holding this one; `undefined` for the article itself. */
  readonly parent: NodeParent | undefined;
  /** This node's position among its parent's children (0 for the article). */
  readonly position: number;
  /** The render this node belongs to: options, class names, labels, `nodes()`. */
  readonly render: ArticleRender;
}

/** The props of the component for node type `K`. */
export interface NodeProps<K extends NodeType> {
  /** The node (for `text`, the string; for `article`, the article). */
  readonly node: NodeTypes[K];
  /**
   * The node's children, already rendered with the same components: body
   * blocks for `article`, the caption for `figure`, items for `list`,
   * blocks for `blockquote`, inline content for the rest; none for `text`,
   * `mention`, `break` and `rule`.
   */
  readonly children?: ReactNode;
  readonly context: NodeContext;
}

/** A built-in component: renders one node type. */
export type NodeComponent<K extends NodeType> = (props: NodeProps<K>) => ReactNode;

/** The props of an override: a node's props plus the built-in component, to wrap instead of rewrite. */
export interface OverrideProps<K extends NodeType> extends NodeProps<K> {
  /** The built-in component for this node type: `<Default {...props} />` renders what it would. */
  readonly Default: NodeComponent<K>;
}

/** A component that replaces the built-in one for node type `K`. It may be an async Server Component. */
export type OverrideComponent<K extends NodeType> = (
  props: OverrideProps<K>,
) => ReactNode | Promise<ReactNode>;

/**
 * One component per node type, exhaustive: a node type added to the model
 * is a compile error here until it has a component.
 */
export type Components = { readonly [K in NodeType]: NodeComponent<K> };

/**
 * One component per built-in node type: what `@newsdoc/react` ships
 * ({@link DEFAULT_COMPONENTS}). Custom blocks (`defineNode`) get theirs
 * from `components`; one without is a `missing_handler` error.
 */
export type BuiltInComponents = { readonly [K in BuiltInNodeType]: NodeComponent<K> };

/** What `components` takes: any subset of the node types, each an {@link OverrideComponent}. */
export type ComponentOverrides = { readonly [K in NodeType]?: OverrideComponent<K> };
