import type { Block, Inline } from "@newsdoc/core";
import { AnchorSchema, DateTimeSchema } from "@newsdoc/core";
import {
  at,
  type ImportContext,
  reportAttributes,
  reportElement,
  urlAttribute,
} from "./context.js";
import {
  attr,
  type ChildNode,
  classes,
  type Element,
  isElement,
  isText,
  textContent,
} from "./dom.js";
import { BLOCKS, DROPPED, EMBEDS, FLOW_WRAPPERS, isBlockLevel } from "./elements.js";
import { isSocialBlockquote, socialEmbed } from "./embed.js";
import { embeddedBlock } from "./embedded.js";
import { figureFromElement, imageFigure } from "./figure.js";
import { finishInline, isBlankInline } from "./finish-inline.js";
import {
  type Container,
  inlineElement,
  inlinePieces,
  inlineTable,
  MAX_ELEMENT_DEPTH,
} from "./inline.js";
import { newsdocBlock } from "./newsdoc-blocks.js";
import { type Piece, splitAtHoists } from "./pieces.js";
import { cleanText, isNonBlank } from "./sanitize.js";
import { tableBlock } from "./table.js";
import { isHidden } from "./visibility.js";

/** Deepest nesting of blockquotes kept; deeper ones give their blocks to the one above. */
export const MAX_QUOTE_DEPTH = 6;

const HEADING_LEVELS: Readonly<Record<string, 2 | 3 | 4 | 5 | 6>> = {
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

/** Blocks made from inline pieces: one block per run between lifted figures. */
function blocksFrom(
  pieces: readonly Piece[],
  ctx: ImportContext,
  make: (children: Inline[]) => Block,
  keepEmpty: boolean,
): Block[] {
  const out: Block[] = [];
  const parts = splitAtHoists(pieces);
  for (const part of parts) {
    if (!Array.isArray(part)) {
      out.push(part);
      continue;
    }
    const children = finishInline(part, ctx);
    // An explicit <p> of newsdoc's own markup is kept even when blank; loose whitespace never is.
    if (!isBlankInline(children) || (keepEmpty && ctx.preserve && parts.length === 1)) {
      out.push(make(children));
    }
  }
  return out;
}

function inlineOf(element: Element, ctx: ImportContext, container: Container): Piece[] {
  ctx.elementDepth++;
  try {
    return inlinePieces(element.childNodes, ctx, { container, inLink: false, marks: 0 });
  } finally {
    ctx.elementDepth--;
  }
}

/**
 * Reads flow content (a mix of blocks and loose inline content, as in a
 * `<div>`) into blocks: loose inline content between blocks becomes a
 * paragraph; wrappers are unwrapped.
 */
export function flowBlocks(nodes: readonly ChildNode[], ctx: ImportContext, out: Block[]): void {
  let pending: Piece[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    out.push(...blocksFrom(pending, ctx, (children) => ({ type: "paragraph", children }), false));
    pending = [];
  };
  for (const node of nodes) {
    if (isText(node)) {
      const text = cleanText(node.value);
      if (text !== "") pending.push(text);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (readsAsMetadata(node, ctx)) continue;
    const blockish =
      isBlockLevel(tag) || (ctx.blockInside.has(node) && !DROPPED[tag] && !isHidden(node));
    if (!blockish || ctx.elementDepth >= MAX_ELEMENT_DEPTH) {
      pending.push(
        ...inlineElement(node, ctx, { container: "paragraph", inLink: false, marks: 0 }),
      );
      continue;
    }
    flush();
    blockElement(node, ctx, out);
  }
  flush();
}

const BYLINE_CLASS = /byline|author-name|story-author/i;

/**
 * A byline (an element with a class like "byline") or a `<time datetime>`
 * standing on its own, before the article has them: read as the byline and
 * the publication date rather than as body text. The date's display text
 * is reported (`converted`, `date`).
 */
function readsAsMetadata(element: Element, ctx: ImportContext): boolean {
  if (ctx.preserve) return false;
  if (
    ctx.found.byline === undefined &&
    ctx.found.authors === undefined &&
    classes(element).some((c) => BYLINE_CLASS.test(c))
  ) {
    const text = cleanText(textContent(element))
      .replace(/[ \t\n\f\r]+/g, " ")
      .trim();
    if (!isNonBlank(text) || text.length > 200) return false;
    ctx.found.byline = text;
    reportAttributes(ctx, element);
    return true;
  }
  const when = element.tagName === "time" ? attr(element, "datetime") : undefined;
  if (
    when !== undefined &&
    ctx.found.datePublished === undefined &&
    DateTimeSchema.safeParse(when.trim()).success
  ) {
    ctx.found.datePublished = when.trim();
    reportElement(
      ctx,
      "converted",
      "date",
      element,
      "A <time datetime> on its own read as the publication date; its display text is not kept.",
      true,
    );
    reportAttributes(ctx, element, ["datetime"]);
    return true;
  }
  return false;
}

/** Reads one block-level element (or an inline wrapper that holds blocks) into blocks. */
export function blockElement(element: Element, ctx: ImportContext, out: Block[]): void {
  const tag = element.tagName;
  if (isHidden(element)) {
    reportElement(
      ctx,
      "dropped",
      "hidden",
      element,
      `Hidden <${tag}> dropped (the hidden attribute or display: none).`,
      true,
    );
    return;
  }
  if (EMBEDS.has(tag)) {
    const block = embeddedBlock(element, ctx);
    if (block !== undefined) out.push(block);
    return;
  }
  const level = HEADING_LEVELS[tag];
  if (level !== undefined) {
    headingBlocks(element, ctx, out, level);
    return;
  }
  if (newsdocBlock(element, ctx, out)) return;
  switch (tag) {
    case "p":
      reportAttributes(ctx, element);
      out.push(
        ...blocksFrom(
          inlineOf(element, ctx, "paragraph"),
          ctx,
          (children) => ({ type: "paragraph", children }),
          true,
        ),
      );
      return;
    case "h1":
      h1(element, ctx, out);
      return;
    case "hr":
      reportAttributes(ctx, element);
      out.push({ type: "rule" });
      return;
    case "ul":
    case "ol":
      list(element, ctx, out);
      return;
    case "blockquote":
      blockquote(element, ctx, out);
      return;
    case "figure":
      out.push(...figureFromElement(element, ctx));
      return;
    case "img":
    case "picture":
      out.push(...imageFigure(element, ctx));
      return;
    case "table": {
      if (tableBlock(element, ctx, out)) return;
      const pieces = inlineTable(element, ctx, { container: "paragraph", inLink: false, marks: 0 });
      // One paragraph per row: split where the rows' separators are.
      let row: Piece[] = [];
      const rows: Piece[][] = [];
      for (const p of pieces) {
        if (typeof p === "object" && "separator" in p) {
          rows.push(row);
          row = [];
        } else row.push(p);
      }
      rows.push(row);
      for (const r of rows)
        out.push(...blocksFrom(r, ctx, (children) => ({ type: "paragraph", children }), false));
      return;
    }
    case "pre":
      pre(element, ctx, out);
      return;
  }
  // A wrapper: its content as blocks.
  if (tag !== "body" && tag !== "html") {
    reportElement(
      ctx,
      "unwrapped",
      FLOW_WRAPPERS.has(tag) ? "wrapper" : BLOCKS.has(tag) ? "not-kept" : "unknown-element",
      element,
      `<${tag}> unwrapped; its content is kept.`,
    );
  }
  reportAttributes(ctx, element);
  ctx.elementDepth++;
  try {
    flowBlocks(element.childNodes, ctx, out);
  } finally {
    ctx.elementDepth--;
  }
}

function h1(element: Element, ctx: ImportContext, out: Block[]): void {
  const text = cleanText(textContent(element))
    .replace(/[ \t\n\f\r]+/g, " ")
    .trim();
  if (ctx.found.headline === undefined && isNonBlank(text)) {
    // The first <h1> is the headline the reader sees.
    ctx.found.headline = text;
    reportAttributes(ctx, element);
    return;
  }
  reportElement(
    ctx,
    "converted",
    "heading-level",
    element,
    "A second <h1> kept as a level-2 heading (the headline is the article's only level 1).",
  );
  headingBlocks(element, ctx, out, 2);
}

/**
 * A heading element's blocks. Its `id` (when it is a valid anchor) goes on the
 * heading for now; `settleHeadingIds` keeps it only where it differs from the
 * anchor the kit would derive, once the whole body is read.
 */
function headingBlocks(
  element: Element,
  ctx: ImportContext,
  out: Block[],
  level: 2 | 3 | 4 | 5 | 6,
): void {
  const id = attr(element, "id");
  const keep = id !== undefined && AnchorSchema.safeParse(id).success;
  reportAttributes(ctx, element, keep ? ["id"] : []);
  const blocks = blocksFrom(
    inlineOf(element, ctx, "heading"),
    ctx,
    (children) => ({ type: "heading", level, children }),
    true,
  );
  if (keep) {
    const first = blocks.find((b) => b.type === "heading");
    if (first !== undefined && first.type === "heading") first.id = id;
  }
  out.push(...blocks);
}

function list(element: Element, ctx: ImportContext, out: Block[]): void {
  const ordered = element.tagName === "ol";
  const startAttr = ordered ? attr(element, "start") : undefined;
  const start =
    startAttr !== undefined && /^\s*\d{1,9}\s*$/.test(startAttr) ? Number(startAttr) : undefined;
  reportAttributes(ctx, element, start === undefined ? [] : ["start"]);
  const items: { type: "listItem"; children: Inline[] }[] = [];
  let loose: Piece[] = [];
  const flushLoose = () => {
    const children = finishInline(loose, ctx);
    if (!isBlankInline(children)) items.push({ type: "listItem", children });
    loose = [];
  };
  ctx.elementDepth++;
  try {
    for (const child of element.childNodes) {
      if (isElement(child) && child.tagName === "li" && !isHidden(child)) {
        flushLoose();
        reportAttributes(ctx, child);
        items.push({ type: "listItem", children: finishInline(inlineOf(child, ctx, "item"), ctx) });
      } else {
        loose.push(...inlinePieces([child], ctx, { container: "item", inLink: false, marks: 0 }));
      }
    }
    flushLoose();
  } finally {
    ctx.elementDepth--;
  }
  const node: Block = { type: "list", children: items };
  if (ordered) node.ordered = true;
  if (ordered && start !== undefined && start !== 1) node.start = start;
  out.push(node);
}

function blockquote(element: Element, ctx: ImportContext, out: Block[], speaker?: string): void {
  if (isSocialBlockquote(element)) {
    const embed = socialEmbed(element, ctx);
    if (embed !== undefined) {
      out.push(embed);
      return;
    }
    reportElement(
      ctx,
      "converted",
      "embed",
      element,
      "A social network's embed code without a link to a post of a network newsdoc knows: kept as a block quotation of its text.",
    );
  }
  const children: Block[] = [];
  ctx.elementDepth++;
  ctx.quoteDepth++;
  try {
    flowBlocks(element.childNodes, ctx, children);
  } finally {
    ctx.elementDepth--;
    ctx.quoteDepth--;
  }
  if (ctx.quoteDepth >= MAX_QUOTE_DEPTH) {
    reportElement(
      ctx,
      "converted",
      "too-deep",
      element,
      `<blockquote> nested more than ${MAX_QUOTE_DEPTH} deep: its blocks are kept in the one above.`,
    );
    reportAttributes(ctx, element);
    out.push(...children);
    return;
  }
  const cite = urlAttribute(ctx, element, "cite", "http");
  const node: Block = { type: "blockquote", children };
  const quoteId = attr(element, "data-quote");
  if (quoteId !== undefined) {
    const id = cleanText(quoteId);
    const known = ctx.registry.quotes.get(id);
    const result = known
      ? { quote: known }
      : ctx.registry.quote(id, plainBlocks(children), speaker, at(element));
    if ("quote" in result) node.quote = result.quote.id;
    else {
      ctx.report.push({
        kind: "unresolved",
        reason: "quote",
        message: `data-quote ${JSON.stringify(id)} on <blockquote> not kept: ${result.problem}.`,
        value: id,
        ...at(element),
      });
    }
  }
  if (cite !== undefined) node.cite = cite;
  reportAttributes(ctx, element, ["cite", "data-quote"]);
  out.push(node);
}

export { blockquote as blockquoteBlock };

function plainBlocks(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.type === "paragraph" || b.type === "heading") parts.push(inlineText(b.children));
  }
  return parts.join("\n\n");
}

function inlineText(nodes: readonly Inline[]): string {
  let s = "";
  for (const n of nodes) {
    if (typeof n === "string") s += n;
    else if (n.type === "mention") s += n.text;
    else if (n.type === "break") s += "\n";
    else s += inlineText(n.children);
  }
  return s;
}

function pre(element: Element, ctx: ImportContext, out: Block[]): void {
  reportElement(
    ctx,
    "converted",
    "not-kept",
    element,
    "<pre> kept as a paragraph: its line breaks are kept, its spacing is not.",
  );
  reportAttributes(ctx, element);
  const preserve = ctx.preserve;
  const pieces = inlineOf(element, ctx, "paragraph");
  // Lines of preformatted text are lines: newlines become breaks.
  const lined: Piece[] = [];
  for (const p of pieces) {
    if (typeof p === "string" && p.includes("\n")) {
      const lines = p.replace(/^\n/, "").split("\n");
      lines.forEach((line, i) => {
        if (i > 0) lined.push({ type: "break" });
        if (line !== "") lined.push(line);
      });
    } else lined.push(p);
  }
  ctx.preserve = preserve;
  out.push(...blocksFrom(lined, ctx, (children) => ({ type: "paragraph", children }), false));
}
