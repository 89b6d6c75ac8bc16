import type { Article } from "../model/article.js";
import type { Block } from "../model/block.js";
import { describeNode } from "../model/describe-node.js";
import type { ParentNode } from "../model/visit.js";
import { NewsdocRenderError } from "./render-error.js";

/**
 * Renders a node's flow (block) children part by part: when streaming,
 * one part per top-level block (with the separator the format puts before
 * it); on the string path, one part holding them all.
 */
export type FlowParts<Out> = (parent: ParentNode | readonly Block[]) => Iterable<Out>;

/**
 * One part of an article written in parts: the renderer's output; the
 * body or other blocks as `flow(…)` gives them; or a function that makes
 * the part when its turn comes (for a part that must be made after the
 * parts before it, such as an appendix of what the body showed).
 */
export type ArticlePart<Out> = Out | Iterable<Out> | (() => Out);

/**
 * An article handler written as the parts of its output, in order: the
 * header, then `flow(article)` for the body, then the rest. Written as a
 * generator (`yield` a part, `yield* flow(article)`) or as a function that
 * returns a list of {@link ArticlePart}s: the list costs the string path
 * nothing but the list (no generator to resume per part), so the built-in
 * HTML article is one. The string path joins the parts; `renderer.stream`
 * hands each one on as it is made, so memory stays bounded by the largest
 * block, not the article.
 *
 * @typeParam Out - the renderer's output (a string type).
 * @typeParam Ctx - the renderer's context.
 */
export type ArticleParts<Out, Ctx> = (
  article: Article,
  ctx: Ctx,
  flow: FlowParts<Out>,
) => Iterable<ArticlePart<Out>>;

/**
 * A flow container written as the parts of its output: it calls `each(i)`
 * for each block, in order, and yields what goes into the output
 * (separator included). `ctx.flow` joins the parts; a stream emits them.
 */
export type PartsContainer<Out, Ctx, N = Block> = (
  children: readonly N[],
  each: (i: number) => Out,
  ctx: Ctx,
  parent: ParentNode | undefined,
) => Iterable<Out>;

/**
 * The renderer's last step applied part by part (HTML: pretty-printing):
 * `write` takes the next part and returns the finished output it can give
 * so far; `end` returns the rest. Writing a string in any number of parts
 * gives the same output as writing it whole.
 */
export interface Finisher<Out> {
  write(part: Out): Out;
  end(): Out;
}

function badPart(part: unknown): never {
  throw new NewsdocRenderError(
    "bad_output",
    `An article handler written in parts gave ${describeNode(part)} as a part; a part is the renderer's output (a string, made with ctx.helpers), what flow() returns, or a function that returns the output.`,
  );
}

function checkedPart(part: unknown): string {
  if (typeof part !== "string") badPart(part);
  return part;
}

const isIterable = (value: unknown): value is Iterable<unknown> =>
  value !== null && typeof value === "object" && Symbol.iterator in value;

function flowOfPart(part: unknown): Iterable<unknown> {
  if (!isIterable(part)) badPart(part);
  return part;
}

/** What an {@link ArticleParts} function returned, checked to be a list of parts. */
export function partsOf(list: unknown): Iterable<unknown> {
  if (!isIterable(list)) {
    throw new NewsdocRenderError(
      "bad_output",
      `An article handler written in parts returned ${describeNode(list)}; it returns its parts (a list, or a generator's).`,
    );
  }
  return list;
}

/**
 * The output an {@link ArticlePart} stands for, joined (a function part is
 * called now). The string path's twin of {@link partOutputs}, without a
 * generator per part.
 */
function joinPart(part: unknown): string {
  if (typeof part === "string") return part;
  if (typeof part === "function") return checkedPart(part());
  let out = "";
  for (const each of flowOfPart(part)) out += checkedPart(each);
  return out;
}

/**
 * The outputs an {@link ArticlePart} stands for, one by one (a flow lazily,
 * a function part called when its turn comes); anything else is `bad_output`.
 */
export function* partOutputs<Out>(
  part: ArticlePart<Out> | unknown,
): Generator<Out, void, undefined> {
  if (typeof part === "string") yield part as Out;
  else if (typeof part === "function") yield checkedPart(part()) as Out;
  else for (const each of flowOfPart(part)) yield checkedPart(each) as Out;
}

const ARTICLE_PARTS = new WeakMap<object, ArticleParts<unknown, unknown>>();
const FLOW_PARTS = new WeakMap<object, PartsContainer<unknown, unknown, unknown>>();

/**
 * Makes an `article` handler from {@link ArticleParts}: on the string path
 * the parts are concatenated (the body as one part, from `ctx.flow`);
 * `renderer.stream` recognises the handler and streams the parts instead.
 * An article override not made with it is streamed as one part.
 *
 * @example
 * ```ts
 * const article = articleFromParts<string, Ctx>(function* (node, ctx, flow) {
 *   yield `# ${node.headline}\n\n`;
 *   yield* flow(node);
 *   yield "\n";
 * });
 * // The same as a list of parts (a function part is made when its turn comes):
 * const listed = articleFromParts<string, Ctx>((node, ctx, flow) => [
 *   `# ${node.headline}\n\n`,
 *   flow(node),
 *   () => "\n",
 * ]);
 * ```
 */
export function articleFromParts<Out extends string, Ctx extends { flow(p: never): Out }>(
  parts: ArticleParts<Out, Ctx>,
): (node: Article, ctx: Ctx) => Out {
  const handler = (node: Article, ctx: Ctx): Out => {
    const whole: FlowParts<Out> = (parent) => [ctx.flow(parent as never)];
    let out = "";
    const list = parts(node, ctx, whole);
    if (Array.isArray(list)) {
      // A list of parts: read in place, strings (most parts) without a call.
      for (let i = 0; i < list.length; i++) {
        const part: unknown = list[i];
        out += typeof part === "string" ? part : joinPart(part);
      }
    } else for (const part of partsOf(list)) out += joinPart(part);
    return out as Out;
  };
  ARTICLE_PARTS.set(handler, parts as unknown as ArticleParts<unknown, unknown>);
  return handler;
}

/**
 * Makes a flow container from a {@link PartsContainer}: `ctx.flow` joins
 * its parts; a stream of the article's body emits them one by one.
 *
 * @example
 * ```ts
 * const flow = flowFromParts<string, Ctx>(function* (blocks, each) {
 *   for (let i = 0; i < blocks.length; i++) yield i === 0 ? each(i) : `\n\n${each(i)}`;
 * });
 * ```
 */
export function flowFromParts<Out extends string, Ctx, N = Block>(
  parts: PartsContainer<Out, Ctx, N>,
): (
  children: readonly N[],
  each: (i: number) => Out,
  ctx: Ctx,
  parent: ParentNode | undefined,
) => Out {
  const container = (
    children: readonly N[],
    each: (i: number) => Out,
    ctx: Ctx,
    parent: ParentNode | undefined,
  ): Out => {
    let out = "";
    for (const part of parts(children, each, ctx, parent)) out += part;
    return out as Out;
  };
  FLOW_PARTS.set(container, parts as unknown as PartsContainer<unknown, unknown, unknown>);
  return container;
}

/** The parts an article handler was made from with {@link articleFromParts}, if it was. */
export function articlePartsOf(handler: unknown): ArticleParts<unknown, unknown> | undefined {
  return typeof handler === "function" ? ARTICLE_PARTS.get(handler) : undefined;
}

/** The parts a flow container was made from with {@link flowFromParts}, if it was. */
export function flowPartsOf(
  container: unknown,
): PartsContainer<unknown, unknown, unknown> | undefined {
  return typeof container === "function" ? FLOW_PARTS.get(container) : undefined;
}
