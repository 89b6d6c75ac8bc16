import type { Block } from "@newsdoc/core";
import { DateTimeSchema } from "@newsdoc/core";
import { at, type ImportContext } from "./context.js";
import { attr, type Element, hasClass, isElement, isText, textContent } from "./dom.js";
import { flowBlocks } from "./flow.js";
import { cleanText, isNonBlank } from "./sanitize.js";

/*
 * newsdoc's own publishing notices read back as the fields they show: the
 * dateline's place, the paywalled part of the body, corrections and the
 * backstory (see `packages/html/src/publishing.ts`, which writes them).
 * Anything not in exactly that shape is read as ordinary body content.
 */

function text(element: Element, ctx: ImportContext): string | undefined {
  const raw = cleanText(textContent(element));
  const value = ctx.preserve ? raw : raw.replace(/[ \t\n\f\r]+/g, " ").trim();
  return isNonBlank(value) ? value : undefined;
}

/** `<p class="nd-location">` with one place hook: the dateline's Place id, else `false`. */
export function readLocation(element: Element, ctx: ImportContext): boolean {
  const hooks = element.childNodes.filter(isElement);
  const only = element.childNodes.length === 1 ? hooks[0] : undefined;
  const id = only === undefined ? undefined : attr(only, "data-entity");
  if (only === undefined || id === undefined) return false;
  const place = ctx.registry.entity(
    cleanText(id),
    "dateline",
    text(only, ctx),
    attr(only, "href"),
    at(only),
  );
  if (place === undefined) return false;
  ctx.found.dateline = place.id;
  return true;
}

/**
 * `<div class="nd-body">`: its blocks, with the paywalled `<div>` unwrapped
 * and read as the article's access (how many blocks come before it, and
 * its `data-access` kind).
 */
export function readBody(element: Element, ctx: ImportContext, body: Block[]): void {
  const start = body.length;
  for (const child of element.childNodes) {
    if (
      isElement(child) &&
      child.tagName === "div" &&
      hasClass(child, `${ctx.prefix}paywalled`) &&
      ctx.found.access === undefined
    ) {
      const kind = attr(child, "data-access");
      ctx.found.access = {
        kind: kind === "metered" || kind === "subscription" ? kind : undefined,
        freeBlocks: body.length - start,
      };
      flowBlocks(child.childNodes, ctx, body);
    } else flowBlocks([child], ctx, body);
  }
}

function notice(element: Element): Element[] | undefined {
  const children = element.childNodes.filter((n) => !(isText(n) && n.value.trim() === ""));
  const [heading, ...rest] = children;
  if (heading === undefined || !isElement(heading) || heading.tagName !== "h2") return undefined;
  if (rest.length === 0 || !rest.every((n) => isElement(n) && n.tagName === "p")) return undefined;
  return rest as Element[];
}

/** `<aside class="nd-corrections">`: `<p><time datetime>…</time>: text</p>` each; `false` when not that shape. */
export function readCorrections(element: Element, ctx: ImportContext): boolean {
  const paragraphs = notice(element);
  if (paragraphs === undefined) return false;
  const corrections: { date: string; text: string }[] = [];
  for (const p of paragraphs) {
    const [time, separator, ...rest] = p.childNodes;
    const date =
      time !== undefined && isElement(time) && time.tagName === "time"
        ? attr(time, "datetime")
        : undefined;
    if (date === undefined || !DateTimeSchema.safeParse(cleanText(date)).success) return false;
    if (separator === undefined || !isText(separator) || !separator.value.startsWith(": "))
      return false;
    if (rest.some((n) => !isText(n))) return false;
    const words = cleanText(
      separator.value.slice(2) + rest.map((n) => (isText(n) ? n.value : "")).join(""),
    );
    if (!isNonBlank(words)) return false;
    corrections.push({ date: cleanText(date), text: words });
  }
  ctx.found.corrections = corrections;
  return true;
}

/** `<aside class="nd-backstory">`: the backstory's text; `false` when not that shape. */
export function readBackstory(element: Element, ctx: ImportContext): boolean {
  const paragraphs = notice(element);
  if (paragraphs?.length !== 1 || !paragraphs[0]!.childNodes.every(isText)) return false;
  const value = text(paragraphs[0]!, ctx);
  if (value === undefined) return false;
  ctx.found.backstory = value;
  return true;
}
