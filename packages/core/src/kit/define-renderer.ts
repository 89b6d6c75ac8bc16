import type { Article } from "../model/article.js";
import type { Node, NodeType, NodeTypes } from "../model/node.js";
import { NODE_TYPES } from "../model/node-table.js";
import { type ArticleIndex, createIndex } from "./create-index.js";
import { NewsdocRenderError } from "./render-error.js";

/** A parent whose children a handler renders with `ctx.children(parent)`. */
export type Parent = { readonly children: readonly Node[] };

/**
 * What every handler receives besides its node. Built once per render.
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
  readonly index: ArticleIndex;
  /** The renderer's options, defaults applied. */
  readonly options: Readonly<Options>;
  /**
   * The format's helpers. For text formats these are the only sanctioned
   * way to turn model text into output (escaping, safe element builders).
   */
  readonly helpers: Helpers;
  /** Per-render state, fresh for every `render` call. */
  readonly state: State;
  /** Renders one node with the renderer's handlers. */
  render(node: Node): Out;
  /** Renders the children of a node (or a list of nodes), joined. */
  children(parent: Parent | readonly Node[]): Out;
  /** Joins rendered parts the way the renderer does. */
  join(parts: readonly Out[]): Out;
}

/** The handler that an override wraps: call it to get the default output. */
export type BaseHandler<N, Out, Ctx> = (node: N, ctx: Ctx) => Out;

/**
 * Renders one node type. `base` is the handler this one replaces (the
 * built-in one, or the previous override), so an override can wrap it.
 */
export type Handler<N, Out, Ctx> = (node: N, ctx: Ctx, base: BaseHandler<N, Out, Ctx>) => Out;

/**
 * One handler per node type, exhaustive: a node type added to the model is
 * a compile error in every renderer until it has a handler.
 */
export type Handlers<Out, Ctx> = { [K in NodeType]: Handler<NodeTypes[K], Out, Ctx> };

/** Per-call or `extend` overrides: any subset of the handlers. */
export type HandlerOverrides<Out, Ctx> = Partial<Handlers<Out, Ctx>>;

/** The context type of a renderer with these type parameters. */
export type ContextOf<R> =
  R extends Renderer<infer Out, infer Options, infer Helpers, infer State>
    ? RenderContext<Out, Options, Helpers, State>
    : never;

/** What `defineRenderer` takes. */
export interface RendererDefinition<Out, Options, Helpers, State> {
  /** A name for messages and debugging ("html", "newsletter"). */
  name: string;
  /** Every node type's handler. */
  handlers: Handlers<Out, RenderContext<Out, Options, Helpers, State>>;
  /** Default options; what a caller passes is merged over them. */
  defaults: Options;
  /** Helpers given to every handler as `ctx.helpers`. */
  helpers?: Helpers;
  /** Joins rendered parts. Omit for strings: they are concatenated. */
  join?: (parts: readonly Out[]) => Out;
  /** Creates the per-render `ctx.state`. */
  createState?: (article: Article, options: Readonly<Options>) => State;
}

/** Options a renderer's `render` accepts: its own, plus handler overrides. */
export type RenderOptions<Out, Options, Helpers = object, State = undefined> = Partial<Options> & {
  /** Handlers to use instead of the renderer's for this call; each receives the one it replaces as `base`. */
  handlers?: HandlerOverrides<Out, RenderContext<Out, Options, Helpers, State>>;
};

/** What `extend` takes: handler overrides, more helpers, other defaults. */
export interface RendererExtension<Out, Options, Helpers, State> {
  name?: string;
  handlers?: HandlerOverrides<Out, RenderContext<Out, Options, Helpers, State>>;
  helpers?: Partial<Helpers>;
  defaults?: Partial<Options>;
}

/** A renderer: a handler table and the walker that applies it. */
export interface Renderer<Out, Options = object, Helpers = object, State = undefined> {
  readonly name: string;
  /** The handlers in force, one per node type. */
  readonly handlers: Readonly<Handlers<Out, RenderContext<Out, Options, Helpers, State>>>;
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
  ): Renderer<Out, Options, Helpers, State>;
}

type AnyHandler = (node: unknown, ctx: unknown, base: AnyBase) => unknown;
type AnyBase = (node: unknown, ctx: unknown) => unknown;
type Table = Record<string, { handler: AnyHandler; base: AnyBase }>;

function describe(node: unknown): string {
  if (node === null) return "null";
  if (Array.isArray(node)) return "an array";
  if (typeof node !== "object") return `a ${typeof node}`;
  const type = (node as { type?: unknown }).type;
  return typeof type === "string"
    ? `a node of type ${JSON.stringify(type)}`
    : "an object without a string `type`";
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
  for (const key of Object.keys(handlers)) {
    if (!(NODE_TYPES as readonly string[]).includes(key)) {
      throw new TypeError(
        `Unknown handler "${key}": handlers are keyed by node type (${NODE_TYPES.join(", ")}).`,
      );
    }
  }
  // A null prototype: a node whose `type` is "constructor" or "__proto__"
  // must find no handler, not Object.prototype's members.
  const table: Table = Object.create(null);
  const missing: string[] = [];
  for (const type of NODE_TYPES) {
    const under = below?.[type];
    const handler = handlers[type];
    if (handler === undefined) {
      if (under) table[type] = under;
      else missing.push(type);
    } else if (typeof handler !== "function") {
      throw new TypeError(`The "${type}" handler must be a function, got ${describe(handler)}.`);
    } else {
      table[type] = {
        handler: handler as AnyHandler,
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
    throw new TypeError(
      `defineRenderer("${name}"): missing handler${missing.length > 1 ? "s" : ""} for ${missing.join(", ")}. A renderer handles every node type.`,
    );
  }
  return table;
}

function build<Out, Options, Helpers, State>(
  name: string,
  table: Table,
  defaults: Options,
  helpers: Helpers,
  join: ((parts: readonly Out[]) => Out) | undefined,
  createState: ((article: Article, options: Readonly<Options>) => State) | undefined,
): Renderer<Out, Options, Helpers, State> {
  type Ctx = RenderContext<Out, Options, Helpers, State>;
  // Per-call overrides are layered once per `handlers` object, not per call.
  const overridden = new WeakMap<object, Table>();

  return Object.freeze({
    name,
    handlers: Object.freeze(
      Object.fromEntries(NODE_TYPES.map((type) => [type, table[type]!.handler])),
    ) as unknown as Handlers<Out, Ctx>,
    defaults,
    helpers,
    render(article: Article, options?: RenderOptions<Out, Options, Helpers, State>): Out {
      let active = table;
      let resolved = defaults;
      if (options) {
        const { handlers: overrides, ...rest } = options;
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
      const render = (node: Node): Out => {
        if (typeof node === "string") return text.handler(node, ctx, text.base) as Out;
        const type = (node as { type?: unknown } | null)?.type;
        const entry = typeof type === "string" && type !== "article" ? active[type] : undefined;
        if (entry === undefined) {
          throw new NewsdocRenderError(
            "unknown_node",
            `The ${name} renderer cannot render ${describe(node)}: it is not a newsdoc node. Validate the article with parseArticle() before rendering.`,
          );
        }
        return entry.handler(node, ctx, entry.base) as Out;
      };
      const joinParts = join ?? ((parts: readonly Out[]) => parts.join("") as Out);
      const ctx: Ctx = {
        article,
        index: createIndex(article),
        options: resolved,
        helpers,
        state: createState?.(article, resolved) as State,
        render,
        children(parent) {
          const nodes = Array.isArray(parent) ? parent : (parent as Parent).children;
          if (join) {
            const parts: Out[] = [];
            for (let i = 0; i < nodes.length; i++) parts.push(render(nodes[i]!));
            return join(parts);
          }
          // Strings: concatenated directly, no array per call.
          let out = "";
          for (let i = 0; i < nodes.length; i++) out += render(nodes[i]!);
          return out as Out;
        },
        join: joinParts,
      };
      const root = active.article!;
      try {
        return root.handler(article, ctx, root.base) as Out;
      } catch (error) {
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
          throw new NewsdocRenderError(
            "too_deep",
            `The ${name} renderer ran out of stack: the article nests nodes too deeply. parseArticle() rejects such input.`,
          );
        }
        throw error;
      }
    },
    extend(extension: RendererExtension<Out, Options, Helpers, State>) {
      const { handlers: more, helpers: extra, defaults: other } = extension;
      return build<Out, Options, Helpers, State>(
        extension.name ?? name,
        more ? layer(table, more, name) : table,
        other ? ({ ...defaults, ...other } as Options) : defaults,
        extra ? ({ ...helpers, ...extra } as Helpers) : helpers,
        join,
        createState,
      );
    },
  });
}

/**
 * Defines a renderer: one handler per node type (a missing one is a type
 * error), default options, format helpers. The built-in renderers are
 * made with it; yours is the same kind of object, with `render` and
 * `extend`.
 *
 * @example
 * ```ts
 * const plain = defineRenderer<string, { width: number }>({
 *   name: "plain",
 *   defaults: { width: 72 },
 *   handlers: {
 *     article: (a, ctx) => `${a.headline}\n\n${ctx.children(a.body)}`,
 *     paragraph: (n, ctx) => `${ctx.children(n)}\n\n`,
 *     mention: (n) => n.text,
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
  // A definition from JavaScript may be anything: without handlers, every one is reported missing.
  const { name, handlers, defaults, helpers, join, createState } =
    definition ?? ({} as Partial<typeof definition>);
  return build(
    name,
    layer(undefined, handlers ?? {}, name),
    defaults,
    (helpers ?? {}) as Helpers,
    join,
    createState,
  );
}

/** Every node type a renderer handles, in a stable order. */
export const NODE_TYPE_NAMES: readonly NodeType[] = NODE_TYPES;
