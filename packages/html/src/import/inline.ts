import type { Inline } from "@newsdoc/core";
import {
  at,
  type ImportContext,
  reportAttributes,
  reportElement,
  reportText,
  urlAttribute,
} from "./context.js";
import { attr, type ChildNode, type Element, isElement, isText, textContent } from "./dom.js";
import { DROPPED, EMBEDS, INLINE_UNWRAPPED, isBlockLevel } from "./elements.js";
import { embeddedBlock } from "./embedded.js";
import { figureFromElement, imageFigure } from "./figure.js";
import { PENDING, type PendingQuote, type Piece, wrapPieces } from "./pieces.js";
import { cleanText, isNonBlank, shortValue } from "./sanitize.js";
import { isHidden } from "./visibility.js";

/** What holds the inline content: decides whether an image can be lifted out of it. */
export type Container = "paragraph" | "heading" | "item" | "caption";

/** Where the inline walk is. */
export interface InlineState {
  readonly container: Container;
  readonly inLink: boolean;
  /** How many marks (emphasis, strong, link, quote span) deep. */
  readonly marks: number;
}

/** Deepest nesting of marks kept; deeper ones are unwrapped (validation caps the document's depth). */
export const MAX_MARKS = 8;
/** Deepest nesting of elements walked; below it, an element is kept as its text. */
export const MAX_ELEMENT_DEPTH = 200;

const OPEN_QUOTE = "\u201c";
const CLOSE_QUOTE = "\u201d";

/** Reads inline content (text and phrasing elements) into pieces. */
export function inlinePieces(
  nodes: readonly ChildNode[],
  ctx: ImportContext,
  state: InlineState,
): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      const text = cleanText(node.value);
      if (text !== "") out.push(text);
    } else if (isElement(node)) {
      out.push(...inlineElement(node, ctx, state));
    }
  }
  return out;
}

/** The element's children as pieces, one level deeper. */
function inside(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  ctx.elementDepth++;
  try {
    return inlinePieces(element.childNodes, ctx, state);
  } finally {
    ctx.elementDepth--;
  }
}

function mark(
  element: Element,
  ctx: ImportContext,
  state: InlineState,
  wrap: (children: Inline[]) => Inline,
  consumed: readonly string[] = [],
): Piece[] {
  reportAttributes(ctx, element, consumed);
  if (state.marks >= MAX_MARKS) {
    reportElement(
      ctx,
      "converted",
      "too-deep",
      element,
      `<${element.tagName}> nested more than ${MAX_MARKS} marks deep: kept as its words without the mark.`,
    );
    return inside(element, ctx, state);
  }
  return wrapPieces(inside(element, ctx, { ...state, marks: state.marks + 1 }), wrap);
}

/** Reads one element in inline context. */
export function inlineElement(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  const tag = element.tagName;
  if (ctx.elementDepth >= MAX_ELEMENT_DEPTH) {
    reportElement(
      ctx,
      "converted",
      "too-deep",
      element,
      `<${tag}> is nested more than ${MAX_ELEMENT_DEPTH} elements deep: kept as its text only.`,
    );
    const text = cleanText(textContent(element));
    return text === "" ? [] : [text];
  }
  if (isHidden(element)) {
    reportElement(
      ctx,
      "dropped",
      "hidden",
      element,
      `Hidden <${tag}> dropped (the hidden attribute or display: none).`,
      true,
    );
    return [];
  }
  const dropped = DROPPED[tag];
  if (
    tag === "script" &&
    ctx.readsJsonLd &&
    /^\s*application\/ld\+json\s*$/i.test(attr(element, "type") ?? "")
  ) {
    return []; // read for the metadata
  }
  if (dropped !== undefined) {
    const visible = dropped === "form" || dropped === "media" || dropped === "hidden";
    reportElement(
      ctx,
      "dropped",
      dropped,
      element,
      `<${tag}> dropped: ${DROP_WHY[dropped] ?? "not part of an article"}.`,
      visible,
    );
    return [];
  }
  if (EMBEDS.has(tag)) {
    if (state.container !== "paragraph" && state.container !== "heading") {
      reportEmbed(ctx, element);
      return [];
    }
    // A YouTube iframe in a <p> (as CMSs write it): lifted out as a block.
    const block = embeddedBlock(element, ctx);
    return block === undefined ? [] : [{ hoist: block }];
  }
  if (attr(element, "data-entity") !== undefined && !isBlockLevel(tag))
    return mention(element, ctx);
  if (attr(element, "data-quote") !== undefined && !isBlockLevel(tag)) {
    return quoteSpan(element, ctx, state);
  }
  switch (tag) {
    case "em":
    case "i":
      return mark(element, ctx, state, (children) => ({ type: "emphasis", children }));
    case "strong":
    case "b":
      return mark(element, ctx, state, (children) => ({ type: "strong", children }));
    case "br":
      reportAttributes(ctx, element);
      return [{ type: "break" }];
    case "a":
      return anchor(element, ctx, state);
    case "q": {
      reportElement(
        ctx,
        "converted",
        "quotation",
        element,
        "<q> without a known quote (data-quote): kept as its words in quotation marks.",
      );
      reportAttributes(ctx, element);
      return [OPEN_QUOTE, ...inside(element, ctx, state), CLOSE_QUOTE];
    }
    case "img":
    case "picture":
    case "figure": {
      const figure = tag === "figure" ? figureFromElement(element, ctx) : imageFigure(element, ctx);
      if (figure.length === 0) return [];
      if (state.container === "paragraph" || state.container === "heading") {
        return figure.map((hoist) => ({ hoist }));
      }
      reportElement(
        ctx,
        "dropped",
        "image-in-list",
        element,
        `<${tag}> inside a ${state.container === "item" ? "list item" : "caption"} dropped: the model has no image there.`,
        true,
      );
      return [];
    }
    case "ul":
    case "ol":
      return nestedList(element, ctx, state);
    case "table":
      return inlineTable(element, ctx, state);
    case "hr":
      reportElement(
        ctx,
        "converted",
        "not-kept",
        element,
        "<hr> inside inline content: kept as a line break.",
      );
      return [{ separator: true }];
  }
  if (isBlockLevel(tag)) {
    reportElement(
      ctx,
      "unwrapped",
      "wrapper",
      element,
      `<${tag}> inside inline content unwrapped; its content starts a new line.`,
    );
    reportAttributes(ctx, element, ["class"]);
    return [{ separator: true }, ...inside(element, ctx, state), { separator: true }];
  }
  const known = INLINE_UNWRAPPED.has(tag);
  reportElement(
    ctx,
    "unwrapped",
    tag === "span" ? "wrapper" : known ? "not-kept" : "unknown-element",
    element,
    known
      ? `<${tag}> unwrapped: the model has no such mark; its words are kept.`
      : `Unknown element <${tag}> unwrapped; its words are kept.`,
  );
  return inside(element, ctx, state);
}

const DROP_WHY: Readonly<Record<string, string>> = {
  script: "an article carries no script",
  style: "presentation and page metadata are not part of the body",
  form: "forms and controls are not article content",
  media: "graphics and media elements the model cannot hold",
  hidden: "not shown to readers",
  "not-kept": "a line-break hint with no content",
  embed: "frames are not article content",
};

/** Reports an embed (iframe, video, …): kind `unsupported`, the URL as value, fallback text as text. */
export function reportEmbed(ctx: ImportContext, element: Element): void {
  const src = attr(element, "src") ?? attr(element, "data") ?? attr(element, "data-src");
  const title = attr(element, "title");
  const item = {
    kind: "unsupported" as const,
    reason: "embed",
    message: `Embedded <${element.tagName}>${title ? ` "${shortValue(cleanText(title))}"` : ""} is not something the model can hold yet: left out.`,
    ...at(element),
  };
  const text = element.tagName === "iframe" ? undefined : reportText(element);
  ctx.report.push({
    ...item,
    ...(src === undefined ? {} : { value: shortValue(src) }),
    ...(text === undefined ? {} : { text }),
  });
}

function anchor(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  if (attr(element, "href") === undefined) {
    reportElement(
      ctx,
      "unwrapped",
      "not-kept",
      element,
      "<a> without href unwrapped; its words are kept.",
    );
    reportAttributes(ctx, element);
    return inside(element, ctx, state);
  }
  const url = urlAttribute(ctx, element, "href", "link");
  if (url === undefined || state.inLink) {
    if (url !== undefined) {
      reportElement(
        ctx,
        "unwrapped",
        "not-kept",
        element,
        "A link inside a link unwrapped; its words are kept.",
      );
    }
    reportAttributes(ctx, element, ["href"]);
    return inside(element, ctx, state);
  }
  const rawTitle = attr(element, "title");
  const title = rawTitle === undefined ? undefined : cleanText(rawTitle);
  return mark(
    element,
    ctx,
    { ...state, inLink: true },
    (children) =>
      isNonBlank(title) ? { type: "link", url, title, children } : { type: "link", url, children },
    ["href", "title"],
  );
}

function mention(element: Element, ctx: ImportContext): Piece[] {
  const id = cleanText(attr(element, "data-entity")!);
  const raw = cleanText(textContent(element));
  const words = ctx.preserve ? raw : raw.replace(/[ \t\n\f\r]+/g, " ").trim();
  const href = element.tagName === "a" ? attr(element, "href") : undefined;
  const entity = isNonBlank(words)
    ? ctx.registry.entity(id, "mention", words, href, at(element))
    : undefined;
  if (entity === undefined) {
    ctx.report.push({
      kind: "unresolved",
      reason: "entity",
      message: isNonBlank(words)
        ? `data-entity ${JSON.stringify(id)} is blank: kept as plain words.`
        : `A mention of ${JSON.stringify(id)} has no words: left out.`,
      value: shortValue(id),
      ...at(element),
    });
    return raw === "" ? [] : [raw];
  }
  if (element.childNodes.some(isElement)) {
    reportElement(
      ctx,
      "converted",
      "entity",
      element,
      "Markup inside a mention dropped: a mention is its plain words.",
    );
  }
  reportAttributes(ctx, element, ["data-entity", "href", "data-speaker"]);
  const out: Piece[] = [];
  // Spaces at a collapsed mention's edges stay outside it, so words do not run together.
  if (!ctx.preserve && /^[ \t\n\f\r]/.test(raw)) out.push(" ");
  out.push({ type: "mention", entity: entity.id, text: words });
  if (!ctx.preserve && /[ \t\n\f\r]$/.test(raw)) out.push(" ");
  return out;
}

function quoteSpan(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  const id = cleanText(attr(element, "data-quote")!);
  const speakerAttr = attr(element, "data-speaker");
  const pending: PendingQuote = {
    id,
    speaker: speakerAttr === undefined ? undefined : cleanText(speakerAttr),
    at: at(element),
  };
  reportAttributes(ctx, element, ["data-quote", "data-speaker"]);
  const children = inside(element, ctx, { ...state, marks: state.marks + 1 });
  if (children.some((c) => typeof c === "object" && "hoist" in c) || state.marks >= MAX_MARKS) {
    ctx.report.push({
      kind: "unresolved",
      reason: "quote",
      message: `The span of quote ${JSON.stringify(id)} holds an image or is nested too deep: kept as plain words.`,
      value: shortValue(id),
      ...at(element),
    });
    return children;
  }
  const node = { type: "quote", quote: id, children: children as Inline[], [PENDING]: pending };
  return [node as Inline];
}

function nestedList(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  reportElement(
    ctx,
    "converted",
    "nested-list",
    element,
    `<${element.tagName}> inside inline content: its items are kept as lines (the model has no nested lists).`,
  );
  reportAttributes(ctx, element);
  const out: Piece[] = [];
  ctx.elementDepth++;
  try {
    for (const child of element.childNodes) {
      out.push({ separator: true });
      if (isElement(child) && child.tagName === "li") {
        reportAttributes(ctx, child);
        out.push(...inside(child, ctx, state));
      } else out.push(...inlinePieces([child], ctx, state));
    }
  } finally {
    ctx.elementDepth--;
  }
  out.push({ separator: true });
  return out;
}

/** A table's rows as lines, its cells separated by " | ". */
export function inlineTable(element: Element, ctx: ImportContext, state: InlineState): Piece[] {
  ctx.report.push({
    kind: "unsupported",
    reason: "table",
    message:
      'A table is not something the model can hold yet: kept as its text, a line per row, cells separated by " | ".',
    ...at(element),
  });
  reportAttributes(ctx, element);
  const out: Piece[] = [];
  const rows = tableRows(element);
  for (const part of rows) {
    out.push({ separator: true });
    if (part.kind === "caption") {
      out.push(...inside(part.element, ctx, state));
      continue;
    }
    part.cells.forEach((cell, i) => {
      if (i > 0) out.push(" | ");
      out.push(...inside(cell, ctx, state));
    });
  }
  out.push({ separator: true });
  return out;
}

type TablePart = { kind: "caption"; element: Element } | { kind: "row"; cells: Element[] };

/** The caption and rows of a table, in order (thead, tbody, tfoot and bare rows). */
export function tableRows(table: Element): TablePart[] {
  const out: TablePart[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === "caption") out.push({ kind: "caption", element: child });
      else if (child.tagName === "tr") {
        out.push({
          kind: "row",
          cells: child.childNodes.filter(
            (c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"),
          ),
        });
      } else if (
        child.tagName === "thead" ||
        child.tagName === "tbody" ||
        child.tagName === "tfoot"
      ) {
        visit(child);
      }
    }
  };
  visit(table);
  return out;
}
