import {
  type ArticleIndex,
  type Block,
  defineRenderer,
  type Image,
  type Node,
  type RenderContext,
} from "@newsdoc/core/kit";

/** What one walk of the body collects for the graph. */
export interface BodyState {
  /** Entity ids mentioned in the body (figure captions included), first mention first. */
  readonly mentions: Set<string>;
  /** The body's figures, in document order, with their caption text. */
  readonly figures: { image: Image; caption: string }[];
  /** The kit's look-ups for this article, kept so the graph is built without a second index. */
  index: ArticleIndex | undefined;
}

/** The walk's options: where to collect (a fresh state when absent). */
export interface BodyOptions {
  sink: BodyState | undefined;
}

/** A fresh, empty state. */
export function createBodyState(): BodyState {
  return { mentions: new Set(), figures: [], index: undefined };
}

type Ctx = RenderContext<string, BodyOptions, object, BodyState>;

function blocks(nodes: readonly Block[], ctx: Ctx): string {
  let out = "";
  for (const node of nodes) {
    const text = ctx.render(node);
    if (text === "") continue;
    out = out === "" ? text : `${out}\n\n${text}`;
  }
  return out;
}

const inner = (node: { children: readonly Node[] }, ctx: Ctx) => ctx.children(node);

/**
 * One pass over the body: returns its plain text (the same text as core's
 * `plainText(article.body)`: blocks separated by a blank line, list items
 * by a newline, a figure gives its caption) and collects, in the state, the
 * entities mentioned in first-mention order and the figures. Pass a
 * `sink` (from {@link createBodyState}) to read what it collected.
 */
export const bodyText = defineRenderer<string, BodyOptions, object, BodyState>({
  name: "jsonld-body",
  defaults: { sink: undefined },
  createState: (_article, options) => options.sink ?? createBodyState(),
  handlers: {
    article: (article, ctx) => {
      ctx.state.index = ctx.index;
      return blocks(article.body, ctx);
    },
    paragraph: inner,
    heading: inner,
    figure: (node, ctx) => {
      const caption = node.image.caption ? ctx.children(node.image.caption) : "";
      ctx.state.figures.push({ image: node.image, caption });
      return caption;
    },
    blockquote: (node, ctx) => blocks(node.children, ctx),
    list: (node, ctx) => {
      let out = "";
      for (let i = 0; i < node.children.length; i++) {
        const item = ctx.render(node.children[i]!);
        out = i === 0 ? item : `${out}\n${item}`;
      }
      return out;
    },
    listItem: inner,
    rule: () => "",
    text: (text) => text,
    emphasis: inner,
    strong: inner,
    link: inner,
    mention: (node, ctx) => {
      ctx.state.mentions.add(node.entity);
      return node.text;
    },
    quote: inner,
    break: () => "\n",
  },
});
