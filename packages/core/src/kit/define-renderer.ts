import type { Article } from "../model/article.js";
import type { Block, ListItem } from "../model/block.js";
import {
  type CustomBlock,
  type CustomBlocks,
  type CustomNodeShape,
  customNodeDefinition,
} from "../model/custom-node.js";
import { customHint, describeNode } from "../model/describe-node.js";
import { elementSpec, mainSlot } from "../model/element-spec.js";
import type { Inline } from "../model/inline.js";
import type { BuiltInNodeTypes, Node, NodeType, NodeTypes } from "../model/node.js";
import {
  type AnyChildSlot,
  type ContentKind,
  NODE_TABLE,
  NODE_TYPES,
  type NodeCategory,
  type NodeSpec,
} from "../model/node-table.js";
import { nodeTypeOf } from "../model/node-type-of.js";
import type { TableCell, TableRow } from "../model/table.js";
import type { ParentNode, Visitable } from "../model/visit.js";
import { type ArticleIndex, createIndex } from "./create-index.js";
import { NewsdocRenderError } from "./render-error.js";
import type { Finisher } from "./render-parts.js";
import { streamArticle } from "./stream-article.js";

/** A parent whose children a handler renders with `ctx.children(parent)`. */
export type Parent = ParentNode;

/**
 * What every handler receives besides its node. One object per render,
 * whose position fields (`node`, `parent`, `index`) follow the walk: read
 * them in the handler, do not keep the context for later.
 *
 * @typeParam Out - what handlers return (a string for text formats).
 * @typeParam Options - the renderer's resolved options (defaults applied).
 * @typeParam Helpers - format helpers the renderer offers handlers (escaping, safe builders).
 * @typeParam State - per-render mutable state, from the definition's `createState`.
 */
export interface RenderContext<Out, Options = object, Helpers = object, State = undefined> {
  /** The article being rendered. */
  readonly article: Article;
  /** O(1) look-ups: entities, quotes, claims, mentions, spans. */
  readonly lookup: ArticleIndex;
  /** The renderer's options, defaults applied. */
  readonly options: Readonly<Options>;
  /**
   * The format's helpers. For text formats these are the only sanctioned
   * way to turn model text into output (escaping, safe element builders).
   */
  readonly helpers: Helpers;
  /** Per-render state, fresh for every `render` call. */
  readonly state: State;
  /** The node whose handler is running. */
  readonly node: Visitable;
  /**
   * The node that holds it: the paragraph around a mention, the article
   * around a top-level block; `undefined` for the article itself.
   */
  readonly parent: ParentNode | undefined;
  /**
   * The node's position among its siblings (0 for the first block of the
   * body, the first item of a list, …); -1 for the article, and for a node
   * a handler rendered with `ctx.render` rather than through a container.
   */
  readonly index: number;
  /** The nodes whose handlers are running, outermost (the article) first, this node last. */
  readonly ancestors: readonly Visitable[];
  /** How many nodes of this type enclose the node being rendered (itself not counted): `ctx.within("link") > 0`. */
  within(type: NodeType): number;
  /** Renders one node with the renderer's handlers (its `parent` is the node rendering it, its `index` -1). */
  render(node: Node): Out;
  /**
   * Renders block (flow) children the way the format separates blocks
   * (Markdown: a blank line; HTML: concatenated): a node's flow slot
   * (a blockquote's children, the article's body) or a list of blocks.
   * A node whose content is not flow is a `NewsdocRenderError`
   * (`wrong_content`, `no_children`).
   */
  flow(parent: ParentNode | readonly Block[]): Out;
  /**
   * Renders inline (phrasing) children the way the format joins inline
   * content: a paragraph's, heading's, list item's, link's… children, a
   * figure's caption, or a list of inline nodes. A node whose content is
   * not phrasing is a `NewsdocRenderError` (`wrong_content`, `no_children`).
   */
  phrasing(parent: ParentNode | readonly Inline[]): Out;
  /**
   * Renders a node's children with the container its content needs (flow,
   * list items or phrasing, from the node table), or a list of nodes. A
   * node without children (text, mention, break, rule) is a
   * `NewsdocRenderError` (`no_children`).
   */
  children(parent: ParentNode | readonly Node[]): Out;
}

/**
 * How a format lays out one kind of container: `each(i)` renders child `i`
 * (with `ctx.parent` and `ctx.index` set), the container joins the results.
 */
export type Container<Out, Ctx, N = Node> = (
  children: readonly N[],
  each: (i: number) => Out,
  ctx: Ctx,
  parent: ParentNode | undefined,
) => Out;

/** The containers a renderer may define; each defaults to rendering every child and joining. */
export interface Containers<Out, Ctx> {
  /** Blocks: the body, a blockquote's children. */
  flow?: Container<Out, Ctx, Block>;
  /** List items: a list's children. */
  items?: Container<Out, Ctx, ListItem>;
  /** Table rows: a table's children (HTML groups the head rows in `<thead>` here). */
  rows?: Container<Out, Ctx, TableRow>;
  /** Table cells: a row's children. */
  cells?: Container<Out, Ctx, TableCell>;
  /** Inline nodes: a paragraph's, a heading's, a caption. */
  phrasing?: Container<Out, Ctx, Inline>;
}

/** The handler that an override wraps: call it to get the default output. */
export type BaseHandler<N, Out, Ctx> = (node: N, ctx: Ctx) => Out;

/**
 * Renders one node type. `base` is the handler this one replaces (the
 * built-in one, or the previous override), so an override can wrap it.
 */
export type Handler<N, Out, Ctx> = (node: N, ctx: Ctx, base: BaseHandler<N, Out, Ctx>) => Out;

/**
 * One handler per node type, exhaustive: a node type added to the model
 * (or registered in `CustomBlocks`) is a compile error in every renderer
 * until it has a handler.
 */
export type Handlers<Out, Ctx> = HandlersOf<Out, Ctx, NodeTypes>;

/** One handler per built-in node type: what a renderer open to custom nodes defines (`customNodes: "optional"`). */
export type BuiltInHandlers<Out, Ctx> = HandlersOf<Out, Ctx, BuiltInNodeTypes>;

/** One handler per custom block type registered in `CustomBlocks` (none until you register one). */
export type CustomHandlers<Out, Ctx> = HandlersOf<Out, Ctx, CustomBlocks>;

/**
 * The custom block a fallback receives: the union of `CustomBlocks`, or
 * any node with a string `type` while none is registered (plain JavaScript,
 * or a node defined with `defineNode` but not typed).
 */
export type AnyCustomBlock = [CustomBlock] extends [never] ? CustomNodeShape : CustomBlock;

/**
 * What a renderer does with a custom node (`defineNode`) it has no handler
 * for, instead of failing with `missing_handler`: render it some other way
 * (its plain text, a placeholder). Never called for built-in nodes.
 */
export type CustomFallback<Out, Ctx> = (node: AnyCustomBlock, ctx: Ctx) => Out;

/** {@link Handlers} for any map of node type name → node (what a type test extends). */
export type HandlersOf<Out, Ctx, T> = { [K in keyof T]: Handler<T[K], Out, Ctx> };

/** Per-call or `extend` overrides: any subset of the handlers. */
export type HandlerOverrides<Out, Ctx> = Partial<Handlers<Out, Ctx>>;

/** The context type of a renderer with these type parameters. */
export type ContextOf<R> =
  R extends RenderCore<infer Out, infer Options, infer Helpers, infer State>
    ? RenderContext<Out, Options, Helpers, State>
    : never;

/**
 * What `defineRenderer` takes. By default (`customNodes: "required"`) the
 * handler map is exhaustive over every node type, your custom blocks
 * included. A renderer meant for articles it does not know (a library's,
 * like the built-in HTML and Markdown renderers) says
 * `customNodes: "optional"`: it handles the built-in types, and custom
 * blocks get their handlers from `extend`, per-call `handlers`, or a
 * `fallback`; one met without any is a `NewsdocRenderError` (`missing_handler`).
 */
export type RendererDefinition<Out, Options, Helpers, State> = RendererDefinitionBase<
  Out,
  Options,
  Helpers,
  State
> &
  (
    | {
        /** `"required"` (the default): every custom block type needs a handler here. */
        customNodes?: "required";
        /** Every node type's handler, custom blocks included. */
        handlers: Handlers<Out, RenderContext<Out, Options, Helpers, State>>;
      }
    | {
        /** `"optional"`: the renderer handles the built-in types; custom blocks' handlers come later. */
        customNodes: "optional";
        /** Every built-in node type's handler (custom ones optional). */
        handlers: BuiltInHandlers<Out, RenderContext<Out, Options, Helpers, State>> &
          Partial<CustomHandlers<Out, RenderContext<Out, Options, Helpers, State>>>;
      }
  );

/** The fields of every {@link RendererDefinition}. */
export interface RendererDefinitionBase<Out, Options, Helpers, State> {
  /** A name for messages and debugging ("html", "newsletter"). */
  name: string;
  /** How to render a custom node this renderer has no handler for; without it, such a node is a `missing_handler` error. */
  fallback?: CustomFallback<Out, RenderContext<Out, Options, Helpers, State>>;
  /** Default options; what a caller passes is merged over them. */
  defaults: Options;
  /** Helpers given to every handler as `ctx.helpers`. */
  helpers?: Helpers;
  /** Joins rendered parts where a container does not say otherwise. Omit for strings: they are concatenated. */
  join?: (parts: readonly Out[]) => Out;
  /** How blocks, list items and inlines are laid out; `ctx.flow`, `ctx.phrasing` and `ctx.children` use them. */
  containers?: Containers<Out, RenderContext<Out, Options, Helpers, State>>;
  /**
   * True for a value handlers may return. Checked for every handler's
   * result, so a handler from plain JavaScript that returns the wrong kind
   * is a `NewsdocRenderError` (`bad_output`). Default: a string, when
   * there is no `join`; nothing is checked otherwise.
   */
  isOutput?: (value: unknown) => boolean;
  /** The last step, on the article's output (HTML: pretty-printing), so wrapped overrides get it too. */
  finish?: (out: Out, ctx: RenderContext<Out, Options, Helpers, State>) => Out;
  /**
   * The last step part by part, for `stream` (and, without `finish`, for
   * `render` too: the whole output written as one part). Return
   * `undefined` when there is nothing to do for this render. A renderer
   * with `finish` but no `createFinisher` streams its output as one part.
   */
  createFinisher?: (ctx: RenderContext<Out, Options, Helpers, State>) => Finisher<Out> | undefined;
  /** Creates the per-render `ctx.state`. */
  createState?: (article: Article, options: Readonly<Options>) => State;
}

/** Options a renderer's `render` accepts: its own, plus handler overrides. */
export type RenderOptions<Out, Options, Helpers = object, State = undefined> = Partial<Options> & {
  /** Handlers to use instead of the renderer's for this call; each receives the one it replaces as `base`. */
  handlers?: HandlerOverrides<Out, RenderContext<Out, Options, Helpers, State>>;
  /** For this call, how to render a custom node without a handler (over the renderer's own `fallback`). */
  fallback?: CustomFallback<Out, RenderContext<Out, Options, Helpers, State>>;
};

/** What `extend` takes: handler overrides, more helpers, other defaults. */
export interface RendererExtension<Out, Options, Helpers, State> {
  name?: string;
  handlers?: HandlerOverrides<Out, RenderContext<Out, Options, Helpers, State>>;
  /** How the new renderer renders a custom node without a handler (over this one's `fallback`). */
  fallback?: CustomFallback<Out, RenderContext<Out, Options, Helpers, State>>;
  helpers?: Partial<Helpers>;
  defaults?: Partial<Options>;
}

/**
 * A renderer without the stream path (see {@link defineRenderCore}): a
 * handler table and the walker that applies it, rendering to one value.
 */
export interface RenderCore<Out, Options = object, Helpers = object, State = undefined> {
  readonly name: string;
  /** The handlers in force: one per built-in node type, and those it was given for custom blocks. */
  readonly handlers: Readonly<
    BuiltInHandlers<Out, RenderContext<Out, Options, Helpers, State>> &
      Partial<CustomHandlers<Out, RenderContext<Out, Options, Helpers, State>>>
  >;
  readonly defaults: Readonly<Options>;
  readonly helpers: Readonly<Helpers>;
  /**
   * Renders an article. The article is trusted to be valid (see
   * `parseArticle`); a structural break the walker meets is a
   * {@link NewsdocRenderError}, never a crash.
   */
  render(article: Article, options?: RenderOptions<Out, Options, Helpers, State>): Out;
  /** A new renderer with these overrides layered on this one's handlers. */
  extend(
    extension: RendererExtension<Out, Options, Helpers, State>,
  ): RenderCore<Out, Options, Helpers, State>;
}

/** A renderer: a handler table and the walker that applies it, to one value or as a stream of parts. */
export interface Renderer<Out, Options = object, Helpers = object, State = undefined>
  extends RenderCore<Out, Options, Helpers, State> {
  /**
   * Renders an article as a sequence of parts whose concatenation is
   * exactly what `render` returns: the article handler's parts (see
   * `articleFromParts`) with one part per top-level block, each finished
   * as it is made (see `createFinisher`). Nothing is rendered until the
   * first part is asked for; options are checked at once. A handler that
   * throws makes the iteration throw. An article handler not made with
   * `articleFromParts` is one part.
   *
   * @example
   * ```ts
   * for (const chunk of htmlRenderer.stream(article)) socket.write(chunk);
   * ```
   */
  stream(
    article: Article,
    options?: RenderOptions<Out, Options, Helpers, State>,
  ): IterableIterator<Out>;
  /** A new renderer with these overrides layered on this one's handlers. */
  extend(
    extension: RendererExtension<Out, Options, Helpers, State>,
  ): Renderer<Out, Options, Helpers, State>;
}

type AnyHandler = (node: unknown, ctx: unknown, base: AnyBase) => unknown;
type AnyBase = (node: unknown, ctx: unknown) => unknown;
/** A table entry: the handler and the one below it (what `base` calls). */
export type Entry = {
  handler: AnyHandler;
  base: AnyBase;
  /** The node type's main slot, from the node table (none for `text`): what `ctx.children(node)` of the node being rendered reads. */
  slot: AnyChildSlot<unknown> | undefined;
};
type Table = Record<string, Entry>;

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** A node type's main slot, from the node table: `undefined` for `text` and the types without children. */
function mainSlotOf(type: string): AnyChildSlot<unknown> | undefined {
  const spec = type === "article" ? (NODE_TABLE.article as NodeSpec<unknown>) : elementSpec(type);
  return spec === undefined ? undefined : mainSlot(spec);
}

/**
 * A handler table: `handlers` over `below`. Without `below` (a definition)
 * every node type needs a handler; each handler's `base` is the one below it.
 */
function layer(
  below: Table | undefined,
  handlers: Readonly<Record<string, unknown>>,
  name: string,
): Table {
  if (handlers === null || typeof handlers !== "object") {
    throw new NewsdocRenderError(
      "bad_handler",
      `The ${name} renderer's handlers must be an object keyed by node type, got ${describeNode(handlers)}.`,
    );
  }
  const builtIn = (key: string) => (NODE_TYPES as readonly string[]).includes(key);
  const custom: string[] = [];
  for (const key of Object.keys(handlers)) {
    if (builtIn(key)) continue;
    if (customNodeDefinition(key) !== undefined) {
      custom.push(key);
      continue;
    }
    throw new NewsdocRenderError(
      "bad_handler",
      `Unknown handler "${key}": handlers are keyed by node type (${NODE_TYPES.join(", ")}); for a custom node type, define "${key}" with defineNode() before making the renderer.`,
    );
  }
  // Custom handlers of the table below carry on too.
  if (below !== undefined)
    for (const key of Object.keys(below))
      if (!builtIn(key) && !custom.includes(key)) custom.push(key);
  // A null prototype: a node whose `type` is "constructor" or "__proto__"
  // must find no handler, not Object.prototype's members.
  const table: Table = Object.create(null);
  const missing: string[] = [];
  for (const type of [...NODE_TYPES, ...custom]) {
    const under = below?.[type];
    const handler = handlers[type];
    if (handler === undefined) {
      if (under) table[type] = under;
      else missing.push(type);
    } else if (typeof handler !== "function") {
      throw new NewsdocRenderError(
        "bad_handler",
        `The "${type}" handler must be a function, got ${describeNode(handler)}.`,
      );
    } else {
      table[type] = {
        handler: handler as AnyHandler,
        slot: under ? under.slot : mainSlotOf(type),
        base: under
          ? (node, ctx) => under.handler(node, ctx, under.base)
          : () => {
              throw new NewsdocRenderError(
                "no_base_handler",
                `The "${type}" handler called base(), but it is the first "${type}" handler: there is nothing to wrap.`,
              );
            },
      };
    }
  }
  if (missing.length > 0) {
    throw new NewsdocRenderError(
      "missing_handler",
      `defineRenderer("${name}"): missing handler${missing.length > 1 ? "s" : ""} for ${missing.join(", ")}. A renderer handles every node type.`,
    );
  }
  return table;
}

/** A checked definition: what a renderer and every renderer `extend`ed from it share. */
export interface Definition<Out, Options, Helpers, State> {
  name: string;
  table: Table;
  fallback: CustomFallback<Out, RenderContext<Out, Options, Helpers, State>> | undefined;
  defaults: Options;
  helpers: Helpers;
  join: ((parts: readonly Out[]) => Out) | undefined;
  containers: Containers<Out, RenderContext<Out, Options, Helpers, State>>;
  isOutput: ((value: unknown) => boolean) | undefined;
  finish: ((out: Out, ctx: RenderContext<Out, Options, Helpers, State>) => Out) | undefined;
  createFinisher:
    | ((ctx: RenderContext<Out, Options, Helpers, State>) => Finisher<Out> | undefined)
    | undefined;
  createState: ((article: Article, options: Readonly<Options>) => State) | undefined;
}

/**
 * One render's walker, for the stream path (`stream-article.ts`): its
 * context and the pieces of the walk that a stream drives part by part.
 */
export interface Session<Out> {
  readonly article: Article;
  readonly ctx: unknown;
  /** The article handler's table entry. */
  readonly root: Entry;
  /** The string path: the article handler's output, finished. */
  run(): Out;
  /** Renders `node` as child `index` of `parent`. */
  renderAt(node: Node, parent: ParentNode | undefined, index: number): Out;
  /** The main slot of `parent`, checked against the content asked for; `owner()` is then the node that holds it. */
  slotNodes(parent: unknown, want: ContentKind | undefined, call: string): readonly Node[];
  owner(): ParentNode | undefined;
  /** Lays out `nodes` with the renderer's container for `kind`. */
  container(kind: ContentKind, nodes: readonly Node[], parent: ParentNode | undefined): Out;
  /** A stack overflow as `too_deep`; any other error as it is. */
  tooDeep(error: unknown): unknown;
}

/** Streams one render: `defineRenderer`'s stream path, or none for a {@link RenderCore}. */
type Streamer = <Out>(
  def: Definition<Out, never, never, never>,
  session: Session<Out>,
) => Iterator<Out>;

/** The definition each renderer was built from, so {@link withStream} can add the stream path. */
const DEFINITIONS = new WeakMap<object, Definition<never, never, never, never>>();

/**
 * The output check of a renderer whose output is a string: what
 * `defineRenderer` uses when a definition gives neither `isOutput` nor
 * `join`. A definition with `join` that renders strings passes it as
 * `isOutput`; the walker then checks each handler's output inline.
 *
 * @example
 * ```ts
 * defineRenderer<string>({ name: "plain", join: (parts) => parts.join(""), isOutput: isStringOutput, handlers, defaults: {} });
 * ```
 */
export const isStringOutput = (value: unknown): value is string => typeof value === "string";

/** The error for a handler that returned something other than the renderer's output. */
function badOutput(name: string, out: unknown, type: string): never {
  throw new NewsdocRenderError(
    "bad_output",
    `The "${type}" handler of the ${name} renderer returned ${out === undefined ? "undefined" : describeNode(out)}; a handler returns the renderer's output (make it with ctx.helpers).`,
  );
}

/** The error for a custom node without a handler: which node, where, how to fix. */
function noHandler(
  name: string,
  article: Article,
  type: string,
  parent: ParentNode | undefined,
  index: number,
): NewsdocRenderError {
  const where =
    parent === undefined
      ? ""
      : ` (${index >= 0 ? `child ${index} of ` : "inside "}${parent === article ? "the article's body" : `a ${nodeTypeOf(parent)} node`})`;
  return new NewsdocRenderError(
    "missing_handler",
    `The ${name} renderer has no handler for the custom node type "${type}"${where}. Give it one (handlers: { ${type}: (node, ctx) => … } in the render options or in extend()), or say how to render custom nodes without one (fallback: (node, ctx) => …).`,
  );
}

/** A slot's content, in words, for messages. */
const CONTENT_WORDS: Readonly<Record<ContentKind, string>> = {
  flow: "flow",
  items: "list items",
  rows: "table rows",
  cells: "table cells",
  phrasing: "phrasing",
};

/** The content kind of a list given to `ctx.children`: from its first node. */
function contentOfList(nodes: readonly Node[]): ContentKind {
  if (nodes.length === 0) return "phrasing";
  const first = nodes[0]!;
  if (typeof first === "string") return "phrasing";
  const type = (first as { type?: unknown } | null)?.type;
  const category = elementSpec(type)?.category as NodeCategory | undefined;
  return category === "flow"
    ? "flow"
    : category === "item"
      ? "items"
      : category === "row"
        ? "rows"
        : category === "cell"
          ? "cells"
          : "phrasing";
}

/** The node table's spec of a parent given to a container call, or `undefined`. */
function specOfParent(parent: unknown): NodeSpec<unknown> | undefined {
  if (parent === null || typeof parent !== "object") return undefined;
  const type = (parent as { type?: unknown }).type;
  if (typeof type === "string") return elementSpec(type);
  return type === undefined && "body" in parent
    ? (NODE_TABLE.article as NodeSpec<unknown>)
    : undefined;
}

function build<Out, Options, Helpers, State>(
  def: Definition<Out, Options, Helpers, State>,
  streamer: Streamer | undefined,
): Renderer<Out, Options, Helpers, State> {
  type Ctx = RenderContext<Out, Options, Helpers, State>;
  const { name, table, defaults, helpers, join, containers, createFinisher, createState } = def;
  const isOutput = def.isOutput ?? (join ? undefined : isStringOutput);
  // The common case, checked inline (no call through a variable per node).
  const stringOut = isOutput === isStringOutput;
  // Without `finish`, the string path finishes the whole output as one part.
  const finish =
    def.finish ??
    (createFinisher === undefined
      ? undefined
      : (out: Out, ctx: Ctx): Out => {
          const finisher = createFinisher(ctx);
          if (finisher === undefined) return out;
          return ((finisher.write(out) as string) + (finisher.end() as string)) as Out;
        });
  const tooDeep = (error: unknown): unknown =>
    error instanceof RangeError && /call stack/i.test(error.message)
      ? new NewsdocRenderError(
          "too_deep",
          `The ${name} renderer ran out of stack: the article nests nodes too deeply. parseArticle() rejects such input.`,
        )
      : error;
  // Per-call overrides are layered once per `handlers` object, not per call.
  const overridden = new WeakMap<object, Table>();
  // The layouts, read once: finding one is a few pointer comparisons, not a
  // keyed look-up per container call.
  const { flow: flowLayout, items, rows, cells, phrasing: phrasingLayout } = containers;
  const layoutOf = (kind: ContentKind) =>
    (kind === "phrasing"
      ? phrasingLayout
      : kind === "flow"
        ? flowLayout
        : kind === "items"
          ? items
          : kind === "rows"
            ? rows
            : cells) as Container<Out, Ctx> | undefined;

  const renderer = {
    name,
    handlers: Object.freeze(
      Object.fromEntries(Object.keys(table).map((type) => [type, table[type]!.handler])),
    ) as unknown as Renderer<Out, Options, Helpers, State>["handlers"],
    defaults,
    helpers,
    render(article: Article, options?: RenderOptions<Out, Options, Helpers, State>): Out {
      return session(article, options).run();
    },
    ...(streamer && {
      stream(article: Article, options?: RenderOptions<Out, Options, Helpers, State>) {
        // The session now (options are checked at once), the walk as the parts are asked for.
        return streamer(
          def as unknown as Definition<Out, never, never, never>,
          session(article, options),
        ) as IterableIterator<Out>;
      },
    }),
    extend(extension: RendererExtension<Out, Options, Helpers, State>) {
      const { handlers: more, helpers: extra, defaults: other, fallback } = extension;
      return build<Out, Options, Helpers, State>(
        {
          ...def,
          name: extension.name ?? name,
          fallback: fallback ?? def.fallback,
          table: more ? layer(table, more, name) : table,
          defaults: other ? ({ ...defaults, ...other } as Options) : defaults,
          helpers: extra ? ({ ...helpers, ...extra } as Helpers) : helpers,
        },
        streamer,
      );
    },
  } as Renderer<Out, Options, Helpers, State>;
  DEFINITIONS.set(renderer, def as unknown as Definition<never, never, never, never>);
  return Object.freeze(renderer);

  /** One render: the context, the walker, and the string path. */
  function session(
    article: Article,
    options?: RenderOptions<Out, Options, Helpers, State>,
  ): Session<Out> {
    let active = table;
    let resolved = defaults;
    let fallback = def.fallback;
    if (options) {
      const { handlers: overrides, fallback: callFallback, ...rest } = options;
      if (callFallback !== undefined) {
        if (typeof callFallback !== "function") {
          throw new NewsdocRenderError(
            "bad_handler",
            `The ${name} renderer's \`fallback\` option must be a function (node, ctx) => output, got ${describeNode(callFallback)}.`,
          );
        }
        fallback = callFallback;
      }
      resolved = { ...defaults, ...rest } as Options;
      if (overrides) {
        let cached = overridden.get(overrides);
        if (!cached) {
          cached = layer(table, overrides, name);
          overridden.set(overrides, cached);
        }
        active = cached;
      }
    }
    const text = active.text!;
    // The nodes being rendered, outermost first: ctx.ancestors, and what
    // ctx.within counts (on the stack, when asked: no counters kept per node).
    const stack: Visitable[] = [article];
    // The table entry of the element node whose handler runs (the article's
    // at first; none while a text handler or a fallback runs): its main
    // slot is what ctx.children(ctx.node) reads, with no look-up by type.
    let current: Entry | undefined = active.article;

    /** Renders `node` as child `index` of `parent`. */
    const renderAt = (node: Node, parent: ParentNode | undefined, index: number): Out => {
      const outerNode = ctx.node;
      const outerParent = ctx.parent;
      const outerIndex = ctx.index;
      ctx.node = node;
      ctx.parent = parent;
      ctx.index = index;
      stack.push(node);
      let out: unknown;
      if (typeof node === "string") {
        out = text.handler(node, ctx, text.base);
        if (stringOut ? typeof out !== "string" : isOutput !== undefined && !isOutput(out))
          badOutput(name, out, "text");
      } else {
        const t = (node as { type?: unknown } | null)?.type;
        const entry = typeof t === "string" && t !== "article" ? active[t] : undefined;
        if (entry === undefined) {
          // Off the common path, so that this function stays small.
          out = unhandled(node, t, parent, index, outerNode, outerParent, outerIndex);
        } else {
          const outerEntry = current;
          current = entry;
          out = entry.handler(node, ctx, entry.base);
          current = outerEntry;
          if (stringOut ? typeof out !== "string" : isOutput !== undefined && !isOutput(out))
            badOutput(name, out, t as string);
        }
      }
      stack.pop();
      ctx.node = outerNode;
      ctx.parent = outerParent;
      ctx.index = outerIndex;
      return out as Out;
    };

    /**
     * A node with no handler: a custom node the fallback renders (its output
     * checked), or the error, with the position put back first.
     */
    const unhandled = (
      node: Node,
      t: unknown,
      parent: ParentNode | undefined,
      index: number,
      outerNode: Visitable,
      outerParent: ParentNode | undefined,
      outerIndex: number,
    ): unknown => {
      const custom = typeof t === "string" && customNodeDefinition(t) !== undefined;
      if (custom && fallback !== undefined) {
        const outerEntry = current;
        current = undefined;
        const out = fallback(node as AnyCustomBlock, ctx as Ctx);
        current = outerEntry;
        if (isOutput !== undefined && !isOutput(out)) badOutput(name, out, `${t} fallback`);
        return out;
      }
      stack.pop();
      ctx.node = outerNode;
      ctx.parent = outerParent;
      ctx.index = outerIndex;
      if (custom) throw noHandler(name, article, t as string, parent, index);
      throw new NewsdocRenderError(
        "unknown_node",
        `The ${name} renderer cannot render ${describeNode(node)}: it is not a newsdoc node. Validate the article with parseArticle() before rendering${customHint(node)}.`,
      );
    };

    // The list and parent a layout's each(i) renders from: one callback per
    // render, not a closure per container call. A nested container saves
    // and restores them around its own layout.
    let eachNodes: readonly Node[] = EMPTY;
    let eachParent: ParentNode | undefined;
    const each = (i: number): Out => {
      const nodes = eachNodes;
      const parent = eachParent;
      const out = renderAt(nodes[i]!, parent, i);
      eachNodes = nodes;
      eachParent = parent;
      return out;
    };

    const container = (
      kind: ContentKind,
      nodes: readonly Node[],
      parent: ParentNode | undefined,
    ): Out => {
      const layout = layoutOf(kind);
      if (layout !== undefined) {
        const outerNodes = eachNodes;
        const outerParent = eachParent;
        eachNodes = nodes;
        eachParent = parent;
        const out = layout(nodes, each, ctx as Ctx, parent);
        eachNodes = outerNodes;
        eachParent = outerParent;
        return out;
      }
      if (join) {
        const parts: Out[] = [];
        for (let i = 0; i < nodes.length; i++) parts.push(renderAt(nodes[i]!, parent, i));
        return join(parts);
      }
      // Strings: concatenated directly, no array per call.
      let out = "";
      for (let i = 0; i < nodes.length; i++) out += renderAt(nodes[i]!, parent, i);
      return out as Out;
    };

    // Where slotNodes found its list: the content kind and the node that holds it
    // (side outputs, so that ctx.children allocates nothing).
    let slotKind: ContentKind = "phrasing";
    let slotOwner: ParentNode | undefined;

    /** The main slot of `parent`, checked against the content the caller asked for. */
    const slotNodes = (parent: unknown, want: ContentKind | undefined, call: string) => {
      // The common case: a handler rendering its own node's children (a
      // text node, a string, has none: the checks below say so).
      if (parent === ctx.node && current !== undefined && typeof parent === "object") {
        const slot = current.slot;
        if (slot !== undefined && (want === undefined || slot.content === want)) {
          slotKind = slot.content;
          slotOwner = parent as ParentNode;
          return (slot.get(parent as never) as readonly Node[] | undefined) ?? EMPTY;
        }
      }
      if (Array.isArray(parent)) {
        const nodes = parent as readonly Node[];
        slotKind = want ?? contentOfList(nodes);
        slotOwner = ctx.node as ParentNode;
        return nodes;
      }
      const spec = specOfParent(parent);
      if (spec === undefined) {
        throw new NewsdocRenderError(
          "unknown_node",
          `ctx.${call}() takes a node or a list of nodes, got ${describeNode(parent)}.`,
        );
      }
      const slot = mainSlot(spec);
      if (slot === undefined) {
        const type = nodeTypeOf(parent as Visitable);
        throw new NewsdocRenderError(
          "no_children",
          `ctx.${call}() was given a ${type} node, which has no children. Render it with ctx.render(node) instead.`,
        );
      }
      if (want !== undefined && slot.content !== want) {
        const type = nodeTypeOf(parent as Visitable);
        const use =
          slot.content === "phrasing"
            ? "ctx.phrasing"
            : slot.content === "flow"
              ? "ctx.flow"
              : "ctx.children";
        throw new NewsdocRenderError(
          "wrong_content",
          `ctx.${call}() was given a ${type} node, whose children are ${CONTENT_WORDS[slot.content]}, not ${want}: use ${use}(node).`,
        );
      }
      slotKind = slot.content;
      slotOwner = parent as ParentNode;
      return (slot.get(parent as never) as readonly Node[] | undefined) ?? EMPTY;
    };

    /** Renders the main slot of `parent`. */
    const slotOf = (parent: unknown, want: ContentKind | undefined, call: string): Out => {
      const nodes = slotNodes(parent, want, call);
      return container(slotKind, nodes, slotOwner);
    };

    const ctx = {
      article,
      lookup: createIndex(article),
      options: resolved,
      helpers,
      state: undefined as State,
      node: article as Visitable,
      parent: undefined as ParentNode | undefined,
      index: -1,
      ancestors: stack as readonly Visitable[],
      within: (type: NodeType) => {
        // The nodes enclosing this one: the stack below its top. The article
        // is at the bottom, and has no `type`.
        const last = stack.length - 1;
        if (type === "article") return last > 0 ? 1 : 0;
        let n = 0;
        for (let i = 1; i < last; i++) {
          const open = stack[i];
          if (
            typeof open === "string" ? type === "text" : (open as { type?: unknown }).type === type
          )
            n++;
        }
        return n;
      },
      render: (node: Node) => renderAt(node, ctx.node as ParentNode, -1),
      flow: (parent: ParentNode | readonly Block[]) => slotOf(parent, "flow", "flow"),
      phrasing: (parent: ParentNode | readonly Inline[]) => slotOf(parent, "phrasing", "phrasing"),
      children: (parent: ParentNode | readonly Node[]) => slotOf(parent, undefined, "children"),
    };
    ctx.state = createState?.(article, resolved) as State;
    const root = active.article!;

    /** The string path: the article handler's output, finished. */
    const run = (): Out => {
      try {
        const out = root.handler(article, ctx, root.base);
        if (isOutput !== undefined && !isOutput(out)) badOutput(name, out, "article");
        return finish ? finish(out as Out, ctx as Ctx) : (out as Out);
      } catch (error) {
        throw tooDeep(error);
      }
    };

    return {
      article,
      ctx,
      root,
      run,
      renderAt,
      slotNodes,
      owner: () => slotOwner,
      container,
      tooDeep,
    };
  }
}

/**
 * Defines a renderer: one handler per node type (a missing one is a type
 * error), default options, format helpers, and how the format lays out
 * blocks, list items and inlines (`containers`). The built-in renderers
 * are made with it; yours is the same kind of object, with `render` and
 * `extend`.
 *
 * @example
 * ```ts
 * const plain = defineRenderer<string, { width: number }>({
 *   name: "plain",
 *   defaults: { width: 72 },
 *   containers: { flow: (blocks, each) => blocks.map((_, i) => each(i)).join("\n\n") },
 *   handlers: {
 *     article: (a, ctx) => `${a.headline}\n\n${ctx.flow(a)}`,
 *     paragraph: (n, ctx) => ctx.phrasing(n),
 *     mention: (n, ctx) => (ctx.index === 0 ? n.text.toUpperCase() : n.text),
 *     text: (t) => t,
 *     // …one per node type
 *   },
 * });
 * plain.render(article, { width: 60 });
 * ```
 */
export function defineRenderer<
  Out,
  Options extends object = object,
  Helpers extends object = object,
  State = undefined,
>(
  definition: RendererDefinition<Out, Options, Helpers, State>,
): Renderer<Out, Options, Helpers, State> {
  return build(definitionOf(definition), streamArticle as Streamer);
}

/**
 * {@link defineRenderer} without the stream path: the same checks,
 * handlers, `render` and `extend`, and no `stream`. For an entry point
 * that only renders to one value (`toHtml`, `toMarkdown`), so that an app
 * importing it does not bundle the part-by-part walk; {@link withStream}
 * makes the full renderer from it without building the handler table
 * again.
 *
 * @example
 * ```ts
 * const core = defineRenderCore<string>({ name: "plain", defaults: {}, handlers });
 * export const toPlain = (article: Article) => core.render(article);
 * export const plainRenderer = withStream(core); // has `stream` too
 * ```
 */
export function defineRenderCore<
  Out,
  Options extends object = object,
  Helpers extends object = object,
  State = undefined,
>(
  definition: RendererDefinition<Out, Options, Helpers, State>,
): RenderCore<Out, Options, Helpers, State> {
  return build(definitionOf(definition), undefined);
}

/**
 * The full renderer (with `stream`) of a renderer made by
 * {@link defineRenderCore} or {@link defineRenderer}: the same handler
 * table, defaults and helpers. Anything else is a `NewsdocRenderError`
 * (`bad_handler`).
 */
export function withStream<Out, Options, Helpers, State>(
  renderer: RenderCore<Out, Options, Helpers, State>,
): Renderer<Out, Options, Helpers, State> {
  const def =
    renderer !== null && typeof renderer === "object" ? DEFINITIONS.get(renderer) : undefined;
  if (def === undefined) {
    throw new NewsdocRenderError(
      "bad_handler",
      `withStream() takes a renderer made by defineRenderCore() or defineRenderer(), got ${describeNode(renderer)}.`,
    );
  }
  return build(
    def as unknown as Definition<Out, Options, Helpers, State>,
    streamArticle as Streamer,
  );
}

/** Checks what `defineRenderer` or `defineRenderCore` was given and builds the handler table. */
function definitionOf<Out, Options, Helpers, State>(
  definition: RendererDefinition<Out, Options, Helpers, State>,
): Definition<Out, Options, Helpers, State> {
  // A definition from JavaScript may be anything: without handlers, every one is reported missing.
  const {
    name,
    handlers,
    fallback,
    defaults,
    helpers,
    join,
    containers,
    isOutput,
    finish,
    createFinisher,
    createState,
  } = definition ?? ({} as Partial<typeof definition>);
  return {
    name,
    table: layer(undefined, handlers ?? {}, name),
    fallback: typeof fallback === "function" ? fallback : undefined,
    defaults,
    helpers: (helpers ?? {}) as Helpers,
    join,
    containers: containers ?? {},
    isOutput,
    finish,
    createFinisher,
    createState,
  };
}

/** Every node type a renderer handles, in a stable order. */
export const NODE_TYPE_NAMES: readonly NodeType[] = NODE_TYPES;
