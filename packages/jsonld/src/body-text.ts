import {
  type Article,
  type Audio,
  type Correction,
  customNodeDefinition,
  describeNode,
  type Embed,
  elementSpec,
  type Figure,
  type Image,
  type Mention,
  NewsdocRenderError,
  NODE_TABLE,
  type Node,
  type NodeSpec,
  ownText,
  type Video,
  walkText,
} from "@newsdoc/core/kit";
import { isSpaceCode, wordCount } from "./word-count.js";

/** What one walk of the article's body collects for the graph. */
export interface BodyFacts {
  /** The body's plain text, as core's `plainText(article.body)` gives it; only when asked for (`articleBody`). */
  text: string | undefined;
  /** `wordCount(plainText(article.body))`, counted on the way (see {@link bodyFacts}). */
  words: number;
  /** The lead image's caption as plain text (`""` without one). */
  leadCaption: string;
  /** Entity ids mentioned in the body (figure captions included), first mention first, each once. */
  mentions: string[];
  /** The body's figures, in document order, with their caption text. */
  figures: { image: Image; caption: string }[];
  /** The body's embeds, videos and audio clips, in document order. */
  media: (Embed | Video | Audio)[];
  /** The body's correction notices, in document order (blockquotes and asides included). */
  notices: Correction[];
}

/** A node type's place in the text: a block or list item (whitespace, or nothing, at its edges), an inline leaf (its own text), or an inline with children. */
enum Role {
  Block,
  Leaf,
  Inline,
}

interface Kind {
  readonly role: Role;
  readonly spec: NodeSpec<unknown>;
  /** A custom block with its own text (its definition's `text`), counted instead of its children. */
  readonly own?: true;
}

/** Element node types → how the walk treats them, from the node table. */
const KINDS = new Map<string, Kind>();
for (const [type, spec] of Object.entries(NODE_TABLE) as [string, NodeSpec<unknown>][]) {
  if (type === "article" || type === "text") continue;
  const role =
    spec.category !== "phrasing" ? Role.Block : spec.slots.length === 0 ? Role.Leaf : Role.Inline;
  KINDS.set(type, { role, spec });
}

/** A custom block (`defineNode`) is a block; with its own `text`, a block leaf. */
function customKind(type: string): Kind | undefined {
  const spec = elementSpec(type);
  if (spec === undefined) return undefined;
  return customNodeDefinition(type)?.text === undefined
    ? { role: Role.Block, spec }
    : { role: Role.Block, spec, own: true };
}

/**
 * One pass over the body, through the model's node table (so a node type
 * added to the model is walked here without a change): the word count of
 * the body's plain text, the entities mentioned in first-mention order,
 * and the figures with their caption text. The plain text itself (the
 * kit's `walkText`) is built only when `articleBody` asks for it: joining
 * it costs about as much as the rest of the walk, and reading the joined
 * string character by character would first flatten it.
 *
 * So the words are counted on the leaves (text, mentions, breaks: the
 * nodes without child slots), where inline leaves join without a
 * separator, so a word can run across two of them, and blocks and list
 * items are always separated by whitespace (or nothing, when empty), so a
 * word never runs across their edges. A property test holds the count
 * equal to `wordCount(plainText(body))`. A value that is not a node is the
 * kit's `NewsdocRenderError` (`unknown_node`), as in `walkText`.
 *
 * Why not the kit's `walkNodes`: the same facts collected in its `enter`
 * and `leave` callbacks made `toJsonLd + jsonLdScript` 7% slower
 * (0.77× against 0.72× of the pre-node-table renderer, bench/HISTORY.md,
 * 2026-12-02): a call per node and per leave, and the node kind looked up
 * twice. The walk below reads the same node table, one loop, no calls.
 */
export function bodyFacts(article: Article, withText: boolean): BodyFacts {
  const mentions: string[] = [];
  const mentioned = new Set<string>();
  const figures: BodyFacts["figures"] = [];
  const media: BodyFacts["media"] = [];
  const notices: Correction[] = [];
  let words = 0;
  // Whether the text so far ends inside a word that the next leaf may continue.
  let inWord = false;
  const leaf = (text: string): void => {
    if (text === "") return;
    words += wordCount(text);
    if (inWord && !isSpaceCode(text.charCodeAt(0))) words--;
    inWord = !isSpaceCode(text.charCodeAt(text.length - 1));
  };
  const walk = (nodes: readonly Node[]): void => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (typeof node === "string") {
        leaf(node);
        continue;
      }
      const type = (node as { type?: unknown } | null)?.type;
      const kind = typeof type === "string" ? (KINDS.get(type) ?? customKind(type)) : undefined;
      if (kind === undefined) {
        throw new NewsdocRenderError(
          "unknown_node",
          `plainText met ${describeNode(node)}: it is not a newsdoc node. Validate the article with parseArticle() first.`,
        );
      }
      if (kind.role === Role.Leaf) {
        if (type === "mention") {
          const entity = (node as Mention).entity;
          if (!mentioned.has(entity)) {
            mentioned.add(entity);
            mentions.push(entity);
          }
        }
        leaf(ownText(node));
        continue;
      }
      if (kind.role === Role.Block) {
        inWord = false;
        if (type === "embed" || type === "video" || type === "audio")
          media.push(node as Embed | Video | Audio);
        else if (type === "correction") notices.push(node as Correction);
        // A block's own words (a correction's text) come before its children's.
        leaf(ownText(node));
        // A custom block with its own text: that is its text, its children are not counted again.
        if (kind.own) {
          inWord = false;
          continue;
        }
      }
      const slots = kind.spec.slots;
      for (let s = 0; s < slots.length; s++) {
        const list = slots[s]!.get(node as never) as readonly Node[] | undefined;
        if (list !== undefined) walk(list);
      }
      if (kind.role === Role.Block) {
        inWord = false;
        if (type === "figure") {
          const image = (node as Figure).image;
          figures.push({ image, caption: image.caption ? walkText(image.caption) : "" });
        }
      }
    }
  };
  try {
    walk(article.body);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new NewsdocRenderError(
        "too_deep",
        "plainText ran out of stack: the nodes nest too deeply. parseArticle() rejects such input.",
      );
    }
    throw error;
  }
  const text = withText ? walkText(article.body) : undefined;
  const leadCaption = article.image?.caption ? walkText(article.image.caption) : "";
  return { text, words, leadCaption, mentions, figures, media, notices };
}
