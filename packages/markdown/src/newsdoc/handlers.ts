import type {
  Blockquote,
  Emphasis,
  Figure,
  Heading,
  Image,
  Link,
  List,
  ListItem,
  Mention,
  Paragraph,
  QuoteSpan,
  Strong,
} from "@newsdoc/core/kit";
import { joinBlocks, prefixLines } from "../blocks.js";
import { destination } from "../escape.js";
import { delimit } from "../join-inline.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { attributes } from "./attributes.js";
import { escapeNewsdoc } from "./escape-newsdoc.js";
import { inLabel, insideLabel } from "./label-depth.js";
import { useMentionLabel } from "./mention-definitions.js";
import { keepBreaks, phrasingNewsdoc } from "./phrasing-newsdoc.js";
import {
  ANCHOR_CLOSE_TAG,
  anchorOpenTag,
  isPlainId,
  MENTION_LABEL,
  QUOTE_CLOSE_TAG,
  quoteOpenTag,
} from "./plain-syntax.js";
import { CLOSE_CLASS, DIRECTIVE, LABEL_LIMIT, LEAD_CLASS, OPEN_CLASS } from "./syntax.js";

/** Plain text: escaped, `:` included, `]` too inside a label or link text. */
export function text(value: string, ctx: MarkdownContext): Markdown {
  return escapeNewsdoc(value, inLabel(ctx) ? "linkText" : "inline");
}

/** `:name[inline]{attributes}`, the inline rendered as a fresh label. */
function textDirective(
  name: string,
  children: readonly Parameters<typeof phrasingNewsdoc>[0][number][],
  attrs: Markdown,
  ctx: MarkdownContext,
): Markdown {
  const { markerBefore, enclosingMarker } = ctx.state;
  ctx.state.markerBefore = undefined;
  ctx.state.enclosingMarker = undefined;
  const label = insideLabel(ctx.state, () => keepBreaks(phrasingNewsdoc(children, ctx), true));
  ctx.state.markerBefore = markerBefore;
  ctx.state.enclosingMarker = enclosingMarker;
  if (label.length <= LABEL_LIMIT) return trusted(`:${name}[${label}]${attrs}`);
  // micromark-extension-directive reads labels of at most 999 characters:
  // a longer one is written between an opening and a closing directive.
  const open = attrs === "" ? `{.${OPEN_CLASS}}` : `${attrs.slice(0, -1)} .${OPEN_CLASS}}`;
  return trusted(`:${name}${open}${label}:${name}{.${CLOSE_CLASS}}`);
}

function mark(node: Emphasis | Strong, ctx: MarkdownContext, strong: boolean): Markdown {
  const { markerBefore, enclosingMarker } = ctx.state;
  // A mark inside the same mark, or one with nothing inside: CommonMark has no way to say it.
  if (ctx.within(strong ? "strong" : "emphasis") > 0 || node.children.length === 0) {
    return textDirective(
      strong ? DIRECTIVE.strong : DIRECTIVE.emphasis,
      node.children,
      trusted(""),
      ctx,
    );
  }
  const char = (markerBefore ?? enclosingMarker) === "*" ? "_" : "*";
  ctx.state.enclosingMarker = char;
  ctx.state.markerBefore = undefined;
  // A break at the end would move outside the delimiters: `:br[]` stays inside.
  const inner = keepBreaks(phrasingNewsdoc(node.children, ctx), false);
  ctx.state.enclosingMarker = enclosingMarker;
  ctx.state.markerBefore = markerBefore;
  return delimit(inner, strong, char);
}

/** `*…*`; inside emphasis, or empty, `:emphasis[…]`. */
export function emphasis(node: Emphasis, ctx: MarkdownContext): Markdown {
  return mark(node, ctx, false);
}

/** `**…**`; inside strong, or empty, `:strong[…]`. */
export function strong(node: Strong, ctx: MarkdownContext): Markdown {
  return mark(node, ctx, true);
}

/** `[text](url "title")`; inside a link, or empty, `:link[text]{url=… title=…}`. */
export function link(node: Link, ctx: MarkdownContext): Markdown {
  if (ctx.within("link") > 0 || node.children.length === 0) {
    return textDirective(
      DIRECTIVE.link,
      node.children,
      attributes(undefined, { url: node.url, title: node.title }),
      ctx,
    );
  }
  const { markerBefore, enclosingMarker } = ctx.state;
  ctx.state.markerBefore = undefined;
  ctx.state.enclosingMarker = undefined;
  const children = keepBreaks(phrasingNewsdoc(node.children, ctx), true);
  ctx.state.markerBefore = markerBefore;
  ctx.state.enclosingMarker = enclosingMarker;
  return ctx.helpers.link(children, node.url, node.title);
}

/**
 * `[words][@entity]`, a reference link a plain CommonMark reader shows as
 * the words (its definition is written at the end of the document). Inside
 * link text, for an id a label cannot hold, or for words that are empty or
 * too long for a label: `:mention[words]{#entity}`.
 */
export function mention(node: Mention, ctx: MarkdownContext): Markdown {
  const words = escapeNewsdoc(node.text, "linkText");
  if (
    ctx.within("link") === 0 &&
    isPlainId(node.entity) &&
    words !== "" &&
    words.length <= LABEL_LIMIT
  ) {
    useMentionLabel(node.entity, ctx);
    return trusted(`[${words}][${MENTION_LABEL}${node.entity}]`);
  }
  if (words.length > LABEL_LIMIT) {
    return trusted(`:${DIRECTIVE.mention}${attributes(node.entity, { text: node.text })}`);
  }
  return trusted(`:${DIRECTIVE.mention}[${words}]${attributes(node.entity, {})}`);
}

// A line that starts with an open tag and nothing after it would start an
// HTML block (CommonMark's kind 7) where the span starts a block.
const ENDS_TAG_LINE = /^[ \t]*(?:\n|$)/;

/**
 * `<span data-quote="id">words</span>`, the element newsdoc's HTML writes,
 * which plain CommonMark readers show as the words; the quote's metadata
 * is in the front matter. For an id an attribute cannot hold verbatim, or
 * words that are empty or start with a line ending: `:quote[words]{#id}`.
 */
export function quote(node: QuoteSpan, ctx: MarkdownContext): Markdown {
  if (isPlainId(node.quote)) {
    const { markerBefore, enclosingMarker } = ctx.state;
    ctx.state.markerBefore = undefined;
    ctx.state.enclosingMarker = undefined;
    const words = phrasingNewsdoc(node.children, ctx);
    ctx.state.markerBefore = markerBefore;
    ctx.state.enclosingMarker = enclosingMarker;
    if (!ENDS_TAG_LINE.test(words)) {
      return trusted(`${quoteOpenTag(node.quote)}${words}${QUOTE_CLOSE_TAG}`);
    }
  }
  return textDirective(DIRECTIVE.quote, node.children, attributes(node.quote, {}), ctx);
}

/** A paragraph; a hard break at its end is `:br[]` (CommonMark would drop it). */
export function paragraph(node: Paragraph, ctx: MarkdownContext): Markdown {
  if (node.children.length === 0) return trusted(`::${DIRECTIVE.paragraph}`);
  return ctx.helpers.finishLines(
    keepBreaks(phrasingNewsdoc(node.children, ctx), false),
    "paragraph",
  );
}

/**
 * A heading's explicit id, written first in it: `<a id="id"></a>`, the
 * anchor plain CommonMark viewers (and GitHub) link to, or
 * `:anchor[]{id="…"}` for an id an HTML attribute cannot hold verbatim.
 */
function anchor(id: string | undefined): string {
  if (id === undefined) return "";
  if (isPlainId(id)) return `${anchorOpenTag(id)}${ANCHOR_CLOSE_TAG}`;
  return `:${DIRECTIVE.anchor}[]${attributes(id, {})}`;
}

/** An ATX heading, its explicit id first; its hard breaks are `:br[]`. */
export function heading(node: Heading, ctx: MarkdownContext): Markdown {
  const content = ctx.helpers.finishLines(
    keepBreaks(phrasingNewsdoc(node.children, ctx), true),
    "heading",
  );
  const hashes = "#".repeat(node.level);
  const line = `${anchor(node.id)}${content}`;
  return trusted(line === "" ? hashes : `${hashes} ${line}`);
}

/** A list item's content. */
export function listItem(node: ListItem, ctx: MarkdownContext): Markdown {
  return ctx.helpers.finishLines(
    keepBreaks(phrasingNewsdoc(node.children, ctx), false),
    "paragraph",
  );
}

function container(name: string, attrs: Markdown, content: Markdown): Markdown {
  return trusted(
    content === "" ? `:::${name}${attrs}\n:::` : `:::${name}${attrs}\n${content}\n:::`,
  );
}

/**
 * A CommonMark list, in a `:::list{…}` container when its fields say more
 * than the markers can (`ordered: false`, `start: 1`, no items).
 */
export function list(
  node: List,
  ctx: MarkdownContext,
  base: (node: List, ctx: MarkdownContext) => Markdown,
): Markdown {
  const canonical =
    node.children.length > 0 &&
    (node.ordered === true
      ? node.start !== 1
      : node.ordered === undefined && node.start === undefined);
  if (canonical) return base(node, ctx);
  const attrs = attributes(undefined, { ordered: node.ordered, start: node.start });
  return container(DIRECTIVE.list, attrs, node.children.length > 0 ? base(node, ctx) : trusted(""));
}

/** An image as a `:::figure{…}` container: `![alt](url)`, the caption, `::credit[…]{…}`. */
export function renderFigure(image: Image, ctx: MarkdownContext, lead: boolean): Markdown {
  const { finishLines } = ctx.helpers;
  const parts: Markdown[] = [];
  const altInMarkdown = image.url !== undefined && image.alt !== undefined && image.alt !== "";
  if (image.url !== undefined) {
    const alt = altInMarkdown ? finishLines(escapeNewsdoc(image.alt!, "linkText"), "line") : "";
    parts.push(trusted(`![${alt}](${destination(image.url)})`));
  }
  if (image.caption !== undefined && image.caption.length > 0) {
    parts.push(finishLines(keepBreaks(phrasingNewsdoc(image.caption, ctx), false), "paragraph"));
  }
  if (image.credit !== undefined) {
    const words = finishLines(escapeNewsdoc(image.credit.text, "linkText"), "line");
    const long = words.length > LABEL_LIMIT;
    const attrs = attributes(undefined, {
      text: long ? image.credit.text : undefined,
      creators: image.credit.creators,
      providers: image.credit.providers,
    });
    parts.push(
      trusted(long ? `::${DIRECTIVE.credit}${attrs}` : `::${DIRECTIVE.credit}[${words}]${attrs}`),
    );
  }
  const attrs = attributes(
    undefined,
    {
      alt: altInMarkdown ? undefined : image.alt,
      caption: image.caption !== undefined && image.caption.length === 0 ? "" : undefined,
      width: image.width,
      height: image.height,
      about: image.about,
      renditions: image.renditions === undefined ? undefined : JSON.stringify(image.renditions),
    },
    lead ? [LEAD_CLASS] : [],
  );
  return container(DIRECTIVE.figure, attrs, joinBlocks(parts));
}

/** A body figure. */
export function figure(node: Figure, ctx: MarkdownContext): Markdown {
  return renderFigure(node.image, ctx, false);
}

/** `> ` blocks, then `::attribution{quote=… cite=…}` when the blockquote has either. */
export function blockquote(node: Blockquote, ctx: MarkdownContext): Markdown {
  const parts = [ctx.flow(node)];
  if (node.quote !== undefined || node.cite !== undefined) {
    parts.push(
      trusted(
        `::${DIRECTIVE.attribution}${attributes(undefined, { quote: node.quote, cite: node.cite })}`,
      ),
    );
  }
  const inner = joinBlocks(parts);
  return prefixLines(inner, "> ", "> ", ">");
}
