import type { Block, Inline } from "@newsdoc/core";
import { DateTimeSchema } from "@newsdoc/core";
import { at, type ImportContext, reportAttributes, reportElement } from "./context.js";
import {
  attr,
  type ChildNode,
  classes,
  type Element,
  isElement,
  isText,
  textContent,
} from "./dom.js";
import { finishInline } from "./finish-inline.js";
import { flowBlocks } from "./flow.js";
import { inlinePieces } from "./inline.js";
import { cleanText, isNonBlank } from "./sanitize.js";

const TITLE_TAGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

function has(element: Element, ctx: ImportContext, name: string): boolean {
  return classes(element).includes(`${ctx.prefix}${name}`);
}

function inlineOfNodes(nodes: readonly ChildNode[], ctx: ImportContext): Inline[] {
  return finishInline(
    inlinePieces(nodes, ctx, { container: "paragraph", inLink: false, marks: 0 }),
    ctx,
  );
}

/**
 * A notice's one `<p>`, when that is all it holds (whitespace aside); a
 * notice with other content (a page cut short leaves a stray `<` as text)
 * is not newsdoc's shape and is read as plain content, so nothing is lost.
 */
function onlyParagraph(element: Element): Element | undefined {
  let p: Element | undefined;
  for (const child of element.childNodes) {
    if (isElement(child)) {
      if (p !== undefined || child.tagName !== "p") return undefined;
      p = child;
    } else if (isText(child) && isNonBlank(child.value)) return undefined;
  }
  return p;
}

/** The nodes after a notice's label, without the `": "` (or `", "`) the renderer put after it. */
function afterLabel(p: Element, ctx: ImportContext, separator: string): ChildNode[] | undefined {
  const kids = p.childNodes;
  const label = kids.findIndex((k) => isElement(k) && has(k, ctx, "notice-label"));
  if (label === -1) return undefined;
  const rest = kids.slice(label + 1);
  const first = rest[0];
  const separated =
    first !== undefined && isText(first) && first.value.startsWith(separator) ? first : undefined;
  const before = ctx.report.length;
  reportElement(
    ctx,
    "dropped",
    "generated",
    kids[label] as Element,
    "newsdoc's notice label is generated: not read back.",
    true,
  );
  // The separator is dropped with the label: the report shows it, so no text the reader saw is lost.
  const item = ctx.report[before];
  if (separated !== undefined && item !== undefined)
    item.text = `${item.text ?? ""}${separated.value}`;
  if (separated !== undefined) {
    const value = separated.value.slice(separator.length);
    if (value === "") rest.shift();
    else rest[0] = { ...separated, value };
  }
  return rest;
}

/** `<aside class="nd-aside">`: the title heading, then the blocks. */
function aside(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const heading = element.childNodes.find(isElement);
  if (
    heading === undefined ||
    !TITLE_TAGS.has(heading.tagName) ||
    !has(heading, ctx, "aside-title")
  )
    return false;
  reportAttributes(ctx, element, ["aria-labelledby"]);
  reportAttributes(ctx, heading, ["id"]);
  const title = inlineOfNodes(heading.childNodes, ctx);
  const children: Block[] = [];
  flowBlocks(
    element.childNodes.filter((n) => n !== heading),
    ctx,
    children,
  );
  out.push({ type: "aside", title, children });
  return true;
}

/** `<aside class="nd-pull-quote" data-quote>`: the quote it shows (its words and speaker are generated). */
function pullQuote(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const id = attr(element, "data-quote");
  if (id === undefined) return false;
  const [words] = element.childNodes.filter(isElement);
  const shown = words === undefined ? "" : textContent(words);
  const speaker = attr(element, "data-speaker");
  const found = ctx.registry.quote(
    cleanText(id),
    shown,
    speaker === undefined ? undefined : cleanText(speaker),
    at(element),
  );
  if ("problem" in found) {
    ctx.report.push({
      kind: "converted",
      reason: "quote",
      message: `A pull quote whose quote cannot be kept (${found.problem}): kept as a block quotation of its words.`,
      value: cleanText(id).slice(0, 80),
      ...at(element),
    });
    const children: Block[] = [];
    flowBlocks(element.childNodes, ctx, children);
    out.push({ type: "blockquote", children });
    return true;
  }
  reportAttributes(ctx, element, ["data-quote", "data-speaker", "role", "aria-hidden"]);
  reportElement(
    ctx,
    "dropped",
    "generated",
    element,
    "A pull quote's words and speaker are generated from its quote: not read back.",
    true,
  );
  out.push({ type: "pullQuote", quote: found.quote.id });
  return true;
}

/** `<div class="nd-editors-note" role="note"><p><span class="nd-notice-label">…</span>: …</p></div>`. */
function editorsNote(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const p = onlyParagraph(element);
  if (p === undefined) return false;
  const rest = afterLabel(p, ctx, ": ");
  if (rest === undefined) return false;
  reportAttributes(ctx, element, ["role"]);
  out.push({ type: "editorsNote", children: inlineOfNodes(rest, ctx) });
  return true;
}

/** `<div class="nd-correction" role="note"><p><span>Correction</span>, <time datetime>…</time>: text</p></div>`. */
function correction(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const p = onlyParagraph(element);
  if (p === undefined) return false;
  const rest = afterLabel(p, ctx, ", ");
  const time = rest?.[0];
  if (rest === undefined || time === undefined || !isElement(time) || time.tagName !== "time")
    return false;
  const date = attr(time, "datetime")?.trim();
  if (date === undefined || !DateTimeSchema.safeParse(date).success) return false;
  const raw = rest
    .slice(1)
    .map((n) => (isText(n) ? n.value : textContent(n)))
    .join("");
  const text = cleanText(raw.startsWith(": ") ? raw.slice(2) : raw);
  // No words (a page cut short): not a correction the model can hold; read as plain content.
  if (!isNonBlank(text)) return false;
  reportElement(
    ctx,
    "dropped",
    "generated",
    time,
    "The correction's shown date is generated from its datetime: not read back.",
    true,
  );
  // The ": " after the date goes with it: the report shows it, so no text the reader saw is lost.
  const after = rest[1];
  const item = ctx.report[ctx.report.length - 1];
  if (after !== undefined && isText(after) && after.value.startsWith(": ") && item !== undefined)
    item.text = `${item.text ?? ""}${after.value}`;
  out.push({
    type: "correction",
    date,
    text: ctx.preserve ? text : text.replace(/[ \t\n\f\r]+/g, " ").trim(),
  });
  reportAttributes(ctx, element, ["role"]);
  return true;
}

/**
 * newsdoc's own markup for the body nodes HTML has no element of its own
 * for (an aside, a pull quote, an editor's note, a correction notice),
 * read back by class name. False when the element is not one of them (it
 * is then read as any other element).
 */
export function newsdocBlock(element: Element, ctx: ImportContext, out: Block[]): boolean {
  const tag = element.tagName;
  if (tag === "aside" && has(element, ctx, "aside")) return aside(element, ctx, out);
  if (tag === "aside" && has(element, ctx, "pull-quote")) return pullQuote(element, ctx, out);
  if (tag === "div" && has(element, ctx, "editors-note")) return editorsNote(element, ctx, out);
  if (tag === "div" && has(element, ctx, "correction")) return correction(element, ctx, out);
  return false;
}
